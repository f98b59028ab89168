using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Deploy.NginxSlots;

public sealed class CanaryJudgeTests
{
    private static readonly NginxSlotsOptions Options = new()
    {
        Environment = "production",
        UpstreamFile = "/srv/nginx/service.conf",
        BluePort = 5001,
        GreenPort = 5002,
        Start = "run {port}",
        MaxErrorRateIncrease = 1,
        MaxLatencyIncreasePercent = 50,
        LatencySlack = TimeSpan.FromMilliseconds(20),
    };

    [Test]
    public void Judge_CanaryAsGoodAsStable_PassesWithBothSidesValues()
    {
        var verdict = CanaryJudge.Judge(Report(errorPercent: 0.5, p95: 100), Report(errorPercent: 0.2, p95: 90), Options);

        Assert.That(verdict.Passed, Is.True, verdict.Reason);
        Assert.That(verdict.Values["canary.error rate.percent"], Is.EqualTo(0.5));
        Assert.That(verdict.Values["stable.latency /.p95Ms"], Is.EqualTo(90));
        Assert.That(verdict.Summary, Does.Contain("canary 0.5%, stable 0.2%"));
    }

    [Test]
    public void Judge_CanaryErrorRateAbovePlusOnePoint_FailsEvenUnderItsOwnThreshold()
    {
        var verdict = CanaryJudge.Judge(Report(errorPercent: 1.5, p95: 100, ownThreshold: 5), Report(errorPercent: 0.2, p95: 100), Options);

        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Reason, Does.Contain("error rate: canary 1.5%, stable 0.2% (allowed +1 points)"));
    }

    [TestCase(150, true)] // 100 × 1.5 + 20 = 170 allowed
    [TestCase(171, false)]
    public void Judge_CanaryP95AgainstStable_AllowsTheIncreaseAndTheSlack(double canaryP95, bool passes)
    {
        var verdict = CanaryJudge.Judge(Report(errorPercent: 0, p95: canaryP95, latencyBudget: 1000), Report(errorPercent: 0, p95: 100), Options);

        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.Reason);
    }

    [Test]
    public void Judge_CanaryFailsItsOwnCheck_FailsWhateverTheStableDoes()
    {
        var canary = Report(errorPercent: 0, p95: 10) with { Verdict = ValidationVerdict.Fail };
        var broken = canary with
        {
            Rounds = [new RoundResult(1, DateTimeOffset.UnixEpoch, [.. canary.Rounds[0].Checks, Check(CheckKind.Http, "GET /health", passed: false)])],
        };

        var verdict = CanaryJudge.Judge(broken, Report(errorPercent: 50, p95: 500), Options);

        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Reason, Does.StartWith("canary ✗ GET /health"));
    }

    private static ValidationReport Report(double errorPercent, double p95, double ownThreshold = 100, double latencyBudget = 10_000)
    {
        var checks = new[]
        {
            Check(CheckKind.ErrorRate, "error rate", errorPercent <= ownThreshold) with
            {
                Values = new Dictionary<string, double> { ["errors"] = errorPercent, ["total"] = 100, ["percent"] = errorPercent },
            },
            Check(CheckKind.Latency, "latency /", p95 <= latencyBudget) with
            {
                Values = new Dictionary<string, double> { ["p95Ms"] = p95, ["requests"] = 20, ["failed"] = 0 },
            },
        };
        var round = new RoundResult(1, DateTimeOffset.UnixEpoch, checks);
        var readiness = new ReadinessResult(ValidationVerdict.Pass, null, 1, TimeSpan.Zero, "serving", null);
        return new ValidationReport(new Uri("http://127.0.0.1:5001/"), readiness, [round], round.Verdict, "summary", TimeSpan.Zero);
    }

    private static CheckResult Check(CheckKind kind, string name, bool passed) =>
        new(kind, name, passed ? ValidationVerdict.Pass : ValidationVerdict.Fail, "measured", passed ? null : "over its threshold", TimeSpan.Zero);
}
