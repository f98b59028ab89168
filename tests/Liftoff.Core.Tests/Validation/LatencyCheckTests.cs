using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class LatencyCheckTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    [Test]
    public async Task Latency_WithinBudgets_PassesWithPercentiles()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Latency.Add(
            new LatencyCheckOptions { Path = "/health", Requests = 30, P50Milliseconds = 1000, P95Milliseconds = 1000, P99Milliseconds = 2000 })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass), check.ToString());
        Assert.That(check.Measured, Does.Match(@"^p50 \d+ ms \(budget 1000 ms\), p95 \d+ ms \(budget 1000 ms\), p99 \d+ ms \(budget 2000 ms\) over 30 requests$"));
        Assert.That(check.Values["requests"], Is.EqualTo(30));
    }

    [Test]
    public async Task Latency_OverP95Budget_FailsWithTheMeasuredValue()
    {
        _fixture.App.Behavior.SlowRoute("/", TimeSpan.FromMilliseconds(40));

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Latency.Add(
            new LatencyCheckOptions { Path = "/", Requests = 5, P95Milliseconds = 20 })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Measured, Does.Match(@"^p95 \d+ ms \(budget 20 ms\) over 5 requests$"));
        Assert.That(check.Reason, Does.Match(@"^p95 \d+ ms over its budget of 20 ms$"));
        Assert.That(check.Values["p95Ms"], Is.GreaterThanOrEqualTo(40));
    }

    [Test]
    public async Task Latency_EveryRequestFails_FailsWithNoLatency()
    {
        _fixture.App.Behavior.FailRoute("/", 502);

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = 3 })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Measured, Is.EqualTo("0 of 3 requests answered 200"));
        Assert.That(check.Reason, Is.EqualTo("no latency measured (status 502)"));
    }

    [Test]
    public async Task Latency_SomeRequestsFail_FailsEvenWithinBudget()
    {
        _fixture.App.Behavior.ErrorRatePercent = 25;

        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = 8 })));

        Assert.That(check.Reason, Does.EndWith("2 of 8 requests failed (status 500)"));
    }
}
