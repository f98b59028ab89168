using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

/// <summary>
/// Gates that fail safe (Argo Rollouts #4479 and #4535, Flagger #1815): an empty body, a timeout, a metrics endpoint
/// that is missing or cannot be parsed never pass, and the verdict says why with what was measured.
/// </summary>
public sealed class FailSafeTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    [Test]
    public async Task EmptyBody_WhereContentIsExpected_FailsWithTheReason()
    {
        _fixture.App.Behavior.EmptyBody("/");

        var report = await _fixture.RunAsync(ValidationFixture.Options(o => o.Http.Add(new HttpCheckOptions { Path = "/", BodyContains = "Test app" })));

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Summary, Does.StartWith("failed in round 1/1: GET /: empty body where content was expected (200 in "));
        Assert.That(() => report.EnsurePassed(), Throws.TypeOf<LiftoffException>().With.Message.Contains("empty body where content was expected"));
    }

    [Test]
    public async Task Timeout_CannotMeasure_IsInconclusiveAndCountsAsAFail()
    {
        var options = ValidationFixture.Options(o =>
        {
            o.CheckTimeoutSeconds = 1;
            o.Http.Add(new HttpCheckOptions { Path = "/health" });
        });

        var report = await _fixture.RunWithLatencyAsync(options, new SimulatedLatency().On("/health", 5000));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive));
        Assert.That(check.Reason, Is.EqualTo("timed out after 1000 ms"));
        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Reason, Is.EqualTo(
            "GET /health could not measure 1 time(s) in a row, over the consecutive error limit of 0: timed out after 1000 ms (inconclusive counts as a failure; validation.inconclusiveAsFail)"));
        Assert.That(report.Summary, Does.StartWith("inconclusive in round 1/1: GET /health: timed out after 1000 ms (no answer)"));
    }

    [Test]
    public async Task Timeout_InconclusiveNotCountedAsFail_StaysInconclusiveAndDoesNotThrow()
    {
        var options = ValidationFixture.Options(o =>
        {
            o.CheckTimeoutSeconds = 1;
            o.InconclusiveAsFail = false;
            o.Http.Add(new HttpCheckOptions { Path = "/health" });
        });

        var report = await _fixture.RunWithLatencyAsync(options, new SimulatedLatency().On("/health", 5000));

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive));
        Assert.That(report.Passed, Is.False);
        Assert.That(report.Failed, Is.False);
        Assert.That(report.EnsurePassed, Throws.Nothing);
    }

    [TestCase(true, null, "metrics endpoint /metrics answered 404")]
    [TestCase(false, "http_requests_total{code=\"200\" 5\n", "metrics cannot be parsed: line 1:")]
    [TestCase(false, "# nothing here\nprocess_up 1\n", "metric http_requests_total is missing")]
    public async Task Metrics_MissingOrUnparsable_FailWithTheReason(bool missing, string? text, string reason)
    {
        _fixture.App.Behavior.MetricsMissing = missing;
        _fixture.App.Behavior.MetricsOverride = text;

        var report = await _fixture.RunAsync(ValidationFixture.Options(o => o.ErrorRates.Add(new ErrorRateCheckOptions())));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail), "no data is a Fail, not Inconclusive");
        Assert.That(check.Reason, Does.StartWith(reason));
        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Findings.Single(), Does.StartWith("round 1: ✗ error rate: no data — " + reason));
    }

    [Test]
    public async Task ConsecutiveErrors_OverTheLimit_FailAndStopTheWindow()
    {
        var options = Window(consecutiveErrorLimit: 1, rounds: 4);

        var report = await _fixture.RunAsync(options, round =>
        {
            if (round.Number == 1)
            {
                _fixture.App.Behavior.AbortRoute("/health");
            }
        });

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Rounds, Has.Count.EqualTo(3), "stops once the limit is passed");
        Assert.That(report.Rounds.Select(r => r.Verdict),
            Is.EqualTo(new[] { ValidationVerdict.Pass, ValidationVerdict.Inconclusive, ValidationVerdict.Inconclusive }));
        Assert.That(report.Reason, Does.StartWith("GET /health could not measure 2 time(s) in a row, over the consecutive error limit of 1: request failed: "));
    }

    [Test]
    public async Task ConsecutiveErrors_WithinTheLimit_AreToleratedButShownAsDegraded()
    {
        var options = Window(consecutiveErrorLimit: 1, rounds: 3);

        var report = await _fixture.RunAsync(options, round =>
        {
            if (round.Number == 1)
            {
                _fixture.App.Behavior.AbortRoute("/health");
            }
            else
            {
                _fixture.App.Behavior.RestoreRoute("/health");
            }
        });

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Degraded), report.Summary);
        Assert.That(report.Rounds, Has.Count.EqualTo(3));
        Assert.That(report.Reason, Is.EqualTo("1 measurement error(s) within the consecutive error limit of 1"));
    }

    [Test]
    public async Task ErrorsInEveryRound_WithinALargeLimit_AreNoDataAndFail()
    {
        _fixture.App.Behavior.AbortRoute("/health");

        var report = await _fixture.RunAsync(Window(consecutiveErrorLimit: 10, rounds: 3));

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Rounds, Has.Count.EqualTo(3));
        Assert.That(report.Reason, Does.StartWith("no data: GET /health could not measure in any of 3 round(s): request failed: "));
    }

    private static ValidationOptions Window(int consecutiveErrorLimit, int rounds) => ValidationFixture.Options(o =>
    {
        o.Rounds = rounds;
        o.IntervalSeconds = 0.02;
        o.ConsecutiveErrorLimit = consecutiveErrorLimit;
        o.Http.Add(new HttpCheckOptions { Path = "/health" });
    });
}
