using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class ReadinessTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    private static ValidationOptions Quick() => ValidationFixture.Options(o =>
    {
        o.ReadinessTimeoutSeconds = 0.4;
        o.Http.Add(new HttpCheckOptions { Path = "/" });
    });

    [Test]
    public async Task Readiness_ExpectedMarkerServed_PassesAtOnce()
    {
        var report = await _fixture.RunAsync(Quick());

        Assert.That(report.Readiness.Passed, Is.True, report.Readiness.Reason);
        Assert.That(report.Readiness.Attempts, Is.EqualTo(1));
        Assert.That(report.Readiness.Measured, Does.StartWith("serving 1.5.0 (sha256 3f9a00000000…)"));
        Assert.That(report.Passed, Is.True, report.Summary);
    }

    [Test]
    public async Task Readiness_OldVersionStillServed_FailsAsDeployedButNotServed()
    {
        _fixture.App.Behavior.Version = "1.4.5";

        var report = await _fixture.RunAsync(Quick());

        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(report.Readiness.Reason, Does.StartWith("deployed but not served (serving 1.4.5, sha256 3f9a00000000…); expected 1.5.0"));
        Assert.That(report.Readiness.Attempts, Is.GreaterThan(1), "the wait retries until its timeout");
        Assert.That(report.Rounds, Is.Empty, "no rounds run against the wrong version");
        Assert.That(report.Summary, Does.StartWith("deployed but not served (serving 1.4.5"));
        Assert.That(report.Failures.Single().Check.Kind, Is.EqualTo(CheckKind.Readiness));
        Assert.That(report.EnsurePassed, Throws.TypeOf<LiftoffException>().With.Property("Code").EqualTo(DiagnosticCodes.ValidationNotServed));
    }

    [Test]
    public async Task Readiness_SameVersionOtherContent_Fails()
    {
        _fixture.App.Behavior.ContentSha256 = new string('b', 64);

        var report = await _fixture.RunAsync(Quick());

        Assert.That(report.Readiness.Passed, Is.False);
        Assert.That(report.Readiness.Measured, Is.EqualTo("serving 1.5.0, sha256 bbbbbbbbbbbb…"));
    }

    [Test]
    public async Task Readiness_NewVersionServedAfterAWhile_RetriesUntilServed()
    {
        _fixture.App.Behavior.Version = "1.4.5";
        var options = Quick();
        options.ReadinessTimeoutSeconds = 5;

        var run = _fixture.RunAsync(options);
        await Task.Delay(150);
        _fixture.App.Behavior.Version = "1.5.0";
        var report = await run;

        Assert.That(report.Readiness.Passed, Is.True, report.Readiness.Reason);
        Assert.That(report.Readiness.Attempts, Is.GreaterThan(1));
    }

    [Test]
    public async Task Readiness_MarkerMissing_FailsWithTheStatus()
    {
        _fixture.App.Behavior.FailRoute("/.well-known/liftoff.json", 404);

        var report = await _fixture.RunAsync(Quick());

        Assert.That(report.Readiness.Reason, Does.StartWith("deployed but not served (marker answered 404)"));
    }
}
