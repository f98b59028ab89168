using Liftoff.Core.Tests.GitHubActions;
using Liftoff.Runs;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Runs;

public sealed class RunHeadlineTests
{
    [Test]
    public void Describe_LiveDeploy_SaysWhatIsLiveWhere()
    {
        Assert.That(RunHeadline.Describe(RunSamples.Succeeded()), Is.EqualTo("✅ v1.5.0 live in production"));
    }

    [Test]
    public void Describe_RolledBack_SaysWhatIsServedNow()
    {
        Assert.That(RunHeadline.Describe(RunSamples.RolledBack()), Is.EqualTo("❌ Deployment of 2.0.0 failed and was rolled back: production serves 1.0.0"));
    }

    [Test]
    public void Describe_RollbackNotVerified_SaysSo()
    {
        var report = RunSamples.RolledBack() with { Deploys = [RunSamples.RolledBack().Deploys[0] with { RollbackVerifiedAt = null }] };

        Assert.That(RunHeadline.Describe(report), Is.EqualTo("❌ Deployment of 2.0.0 to production failed, and the rollback to 1.0.0 was not verified"));
        Assert.That(report.Deploys[0].IsDegraded, Is.True);
    }

    [Test]
    public void IsDegraded_LiveWithAFailingRoundWithinTheLimit_IsTrue()
    {
        var failing = new RoundResult(1, RunSamples.End, [new CheckResult(CheckKind.Http, "GET /", ValidationVerdict.Fail, "500", "status 500", TimeSpan.Zero)]);
        var passing = new RoundResult(2, RunSamples.End, [new CheckResult(CheckKind.Http, "GET /", ValidationVerdict.Pass, "200", null, TimeSpan.Zero)]);
        var readiness = new ReadinessResult(ValidationVerdict.Pass, null, 1, TimeSpan.Zero, "served", null);
        var validation = new ValidationReport(new Uri("https://site.example/"), readiness, [failing, passing], ValidationVerdict.Pass, "1 failing round(s) within the limit of 1", TimeSpan.Zero);
        var report = RunSamples.Succeeded() with { Deploys = [RunSamples.Succeeded().Deploys[0] with { Validation = validation }] };

        Assert.That(report.Deploys[0].IsDegraded, Is.True);
        Assert.That(RunHeadline.Describe(report), Is.EqualTo("⚠ v1.5.0 live in production, degraded"));
    }

    [Test]
    public void RollbackCommand_IsTheEnvironmentsTarget()
    {
        Assert.That(RunHeadline.RollbackCommand("production"), Is.EqualTo("./build.sh --target=Rollback-Production"));
    }
}
