using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class ObservationWindowTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    private static ValidationOptions ThreeRounds(int failureLimit = 0) => ValidationFixture.Options(o =>
    {
        o.Rounds = 3;
        o.IntervalSeconds = 0.02;
        o.FailureLimit = failureLimit;
        o.Http.Add(new HttpCheckOptions { Path = "/health", JsonPath = "$.status", JsonValue = "ok" });
        o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = 10, P95Milliseconds = 1000 });
        o.ErrorRates.Add(new ErrorRateCheckOptions { ThresholdPercent = 1 });
    });

    [Test]
    public async Task Window_AllRoundsHealthy_PassesWithSummary()
    {
        var report = await _fixture.RunAsync(ThreeRounds());

        Assert.That(report.Passed, Is.True, report.Summary);
        Assert.That(report.Rounds.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(report.Rounds.All(r => r.Checks.Count == 3), Is.True);
        Assert.That(report.Summary, Does.Match(@"^1/1 smoke checks · error rate 0% · p95 \d+ ms · observed 3×20 ms$"));
    }

    [Test]
    public async Task Window_FailureInRoundTwo_FailsAndStopsThere()
    {
        var report = await _fixture.RunAsync(ThreeRounds(), round =>
        {
            if (round.Number == 1)
            {
                _fixture.App.Behavior.FailRoute("/health", 500);
            }
        });

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Rounds.Select(r => r.Verdict), Is.EqualTo(new[] { ValidationVerdict.Pass, ValidationVerdict.Fail }));
        Assert.That(report.Failures.Select(f => f.Round), Is.All.EqualTo(2));
        Assert.That(report.Failures.Select(f => f.Check.Name), Does.Contain("GET /health"), "the 500s also raise the error rate");
        Assert.That(report.Summary, Does.StartWith("failed in round 2/3: GET /health: status 500, expected 200"));
        var error = Assert.Throws<LiftoffException>(report.EnsurePassed)!;
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.ValidationFailed));
        Assert.That(error.Message, Does.Contain("round 2: ✗ GET /health: 500 in "));
    }

    [Test]
    public async Task Window_ErrorRateBreachOnlyInRoundThree_Fails()
    {
        var report = await _fixture.RunAsync(ThreeRounds(), round =>
        {
            if (round.Number == 2)
            {
                _fixture.App.Behavior.ErrorRatePercent = 20;
            }
        });

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Rounds, Has.Count.EqualTo(3));
        var breach = report.Rounds[2].Checks.Single(c => c.Kind == CheckKind.ErrorRate);
        Assert.That(breach.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(breach.Measured, Does.StartWith("error rate "));
        Assert.That(report.Rounds[0].Verdict, Is.EqualTo(ValidationVerdict.Pass));
        Assert.That(report.Rounds[1].Verdict, Is.EqualTo(ValidationVerdict.Pass));
    }

    [Test]
    public async Task Window_OneFailingRoundWithinFailureLimit_IsDegradedAndSaysSo()
    {
        var report = await _fixture.RunAsync(ThreeRounds(failureLimit: 1), round =>
        {
            if (round.Number == 1)
            {
                _fixture.App.Behavior.FailRoute("/health", 500);
            }
            else
            {
                _fixture.App.Behavior.Reset();
            }
        });

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Degraded), "tolerated, but not a plain Pass");
        Assert.That(report.Passed, Is.True);
        Assert.That(report.Rounds, Has.Count.EqualTo(3));
        Assert.That(report.Summary, Does.Contain("0/1 smoke checks").And.Contain("degraded: 1 failing round(s) within the failure limit of 1"));
    }

    [Test]
    public async Task Window_NoChecksDeclared_ReadinessAloneDecides()
    {
        var report = await _fixture.RunAsync(ValidationFixture.Options());

        Assert.That(report.Passed, Is.True);
        Assert.That(report.Rounds, Is.Empty);
        Assert.That(report.Summary, Does.EndWith("readiness only (no checks declared)"));
    }

    [Test]
    public void Window_InvalidDeclaration_ThrowsWithEveryProblem()
    {
        var options = ValidationFixture.Options(o =>
        {
            o.Http.Add(new HttpCheckOptions { BodyRegex = "(", JsonPath = "$.a[x]" });
            o.ErrorRates.Add(new ErrorRateCheckOptions { Errors = "bad selector{" });
            o.Commands.Add(new CommandCheckOptions());
        });

        var error = Assert.ThrowsAsync<LiftoffException>(() => _fixture.RunAsync(options));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ValidationCheckInvalid));
        Assert.That(error.Message, Does.Contain("http[0].bodyRegex").And.Contain("http[0].jsonPath")
            .And.Contain("errorRates[0].errors").And.Contain("commands[0].command"));
    }
}
