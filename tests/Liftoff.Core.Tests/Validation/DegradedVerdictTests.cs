using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

/// <summary>
/// Warn thresholds below fail thresholds (Checkly's degraded and failed response times): over the warn threshold is
/// Degraded, with the measured value in the reason; over the fail threshold is a Fail. Latencies are set exactly
/// through a fake clock, so no test depends on how fast the machine is.
/// </summary>
public sealed class DegradedVerdictTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    private static ValidationOptions One(Action<ValidationOptions> configure) => ValidationFixture.Options(o =>
    {
        o.MaxConcurrency = 1;
        configure(o);
    });

    [TestCase(100, ValidationVerdict.Pass)]
    [TestCase(300, ValidationVerdict.Degraded)]
    [TestCase(600, ValidationVerdict.Fail)]
    public async Task Http_LatencyAgainstWarnAndBudget_GivesTheVerdict(int milliseconds, ValidationVerdict expected)
    {
        var options = One(o => o.Http.Add(new HttpCheckOptions { Path = "/health", LatencyWarnMilliseconds = 200, LatencyBudgetMilliseconds = 500 }));

        var report = await _fixture.RunWithLatencyAsync(options, new SimulatedLatency().On("/health", milliseconds));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(expected), check.ToString());
        Assert.That(report.Verdict, Is.EqualTo(expected));
        Assert.That(check.Values["latencyMs"], Is.EqualTo(milliseconds));
        if (expected == ValidationVerdict.Degraded)
        {
            Assert.That(check.Reason, Is.EqualTo("took 300 ms, over the degraded time of 200 ms (budget 500 ms)"));
            Assert.That(report.Passed, Is.True, "Degraded keeps the version");
            Assert.That(report.Summary, Does.EndWith("degraded: GET /health: took 300 ms, over the degraded time of 200 ms (budget 500 ms)"));
            Assert.That(report.Findings, Is.EqualTo(new[] { "round 1: ⚠ GET /health: 200 in 300 ms — degraded: took 300 ms, over the degraded time of 200 ms (budget 500 ms)" }));
        }
        else if (expected == ValidationVerdict.Fail)
        {
            Assert.That(check.Reason, Is.EqualTo("took 600 ms, budget 500 ms"));
        }
    }

    [TestCase(150, ValidationVerdict.Pass)]
    [TestCase(250, ValidationVerdict.Degraded)]
    [TestCase(450, ValidationVerdict.Fail)]
    public async Task Latency_P95AgainstWarnAndBudget_GivesTheVerdict(int slowest, ValidationVerdict expected)
    {
        var options = One(o => o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = 4, P95WarnMilliseconds = 200, P95Milliseconds = 400 }));

        var report = await _fixture.RunWithLatencyAsync(options, new SimulatedLatency().On("/", 50, 60, 70, slowest));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(expected), check.ToString());
        Assert.That(check.Values["p95Ms"], Is.EqualTo(slowest));
        Assert.That(check.Measured, Is.EqualTo($"p95 {slowest} ms (degraded 200 ms, budget 400 ms) over 4 requests"));
        if (expected != ValidationVerdict.Pass)
        {
            Assert.That(check.Reason, Does.StartWith($"p95 {slowest} ms over its"));
        }
    }

    [Test]
    public async Task ErrorRate_BetweenWarnAndThreshold_IsDegradedWithTheRate()
    {
        _fixture.App.Behavior.ErrorRatePercent = 10;
        var options = One(o =>
        {
            o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = 20, P95Milliseconds = 0, ExpectStatus = 200 });
            o.ErrorRates.Add(new ErrorRateCheckOptions { ThresholdPercent = 20, WarnPercent = 5 });
        });

        var report = await _fixture.RunAsync(options);

        var rate = report.Rounds.Single().Checks.Single(c => c.Kind == CheckKind.ErrorRate);
        Assert.That(rate.Verdict, Is.EqualTo(ValidationVerdict.Degraded), rate.ToString());
        Assert.That(rate.Measured, Is.EqualTo("error rate 10% (2/20, threshold 20%, degraded over 5%)"));
        Assert.That(rate.Reason, Is.EqualTo("error rate over 5%"));
    }

    [Test]
    public async Task CriticalPath_SlowStepWithinBudget_IsDegradedNamingTheStep()
    {
        var options = One(o => o.CriticalPaths.Add(new CriticalPathOptions
        {
            Name = "health then home",
            Steps =
            [
                new HttpCheckOptions { Path = "/health", LatencyWarnMilliseconds = 100, LatencyBudgetMilliseconds = 1000 },
                new HttpCheckOptions { Path = "/" },
            ],
        }));

        var report = await _fixture.RunWithLatencyAsync(options, new SimulatedLatency().On("/health", 400));

        var path = report.Rounds.Single().Checks.Single();
        Assert.That(path.Verdict, Is.EqualTo(ValidationVerdict.Degraded));
        Assert.That(path.Reason, Is.EqualTo("step 1/2 GET /health: took 400 ms, over the degraded time of 100 ms (budget 1000 ms)"));
    }
}
