using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class ErrorRateCheckTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    /// <summary>A latency series makes the traffic the error rate then measures.</summary>
    private static ValidationOptions WithTraffic(int requests = 20, Action<ErrorRateCheckOptions>? configure = null) => ValidationFixture.Options(o =>
    {
        o.Latency.Add(new LatencyCheckOptions { Path = "/", Requests = requests, P95Milliseconds = 0, ExpectStatus = 200 });
        var rate = new ErrorRateCheckOptions();
        configure?.Invoke(rate);
        o.ErrorRates.Add(rate);
    });

    private async Task<CheckResult> ErrorRateOfAsync(ValidationOptions options)
    {
        var report = await _fixture.RunAsync(options);
        return report.Rounds.Single().Checks.Single(c => c.Kind == CheckKind.ErrorRate);
    }

    [Test]
    public async Task ErrorRate_NoErrors_PassesWithCounts()
    {
        var check = await ErrorRateOfAsync(WithTraffic());

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass), check.ToString());
        Assert.That(check.Measured, Is.EqualTo("error rate 0% (0/20, threshold 1%)"));
    }

    [Test]
    public async Task ErrorRate_TenPercentErrors_FailsWithTheRate()
    {
        _fixture.App.Behavior.ErrorRatePercent = 10;

        var check = await ErrorRateOfAsync(WithTraffic(40));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Measured, Is.EqualTo("error rate 10% (4/40, threshold 1%)"));
        Assert.That(check.Reason, Is.EqualTo("error rate over 1%"));
    }

    [Test]
    public async Task ErrorRate_UnderTheThreshold_Passes()
    {
        _fixture.App.Behavior.ErrorRatePercent = 5;

        var check = await ErrorRateOfAsync(WithTraffic(40, r => r.ThresholdPercent = 5));

        Assert.That(check.Measured, Is.EqualTo("error rate 5% (2/40, threshold 5%)"));
        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass));
    }

    [Test]
    public async Task ErrorRate_NoTraffic_FailsAsNoData()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.ErrorRates.Add(new ErrorRateCheckOptions())));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Is.EqualTo("too few requests for a verdict (minimum 1)"));
    }

    [Test]
    public async Task ErrorRate_MetricsEndpointMissing_Fails()
    {
        _fixture.App.Behavior.MetricsMissing = true;

        var check = await ErrorRateOfAsync(WithTraffic());

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Is.EqualTo("metrics endpoint /metrics answered 404"));
    }

    [Test]
    public async Task ErrorRate_MetricsUnparsable_Fails()
    {
        _fixture.App.Behavior.MetricsOverride = "http_requests_total{code=\"200 12\n";

        var check = await ErrorRateOfAsync(WithTraffic());

        Assert.That(check.Reason, Does.StartWith("metrics cannot be parsed: line 1"));
    }

    [Test]
    public async Task ErrorRate_MetricMissing_Fails()
    {
        var check = await ErrorRateOfAsync(WithTraffic(configure: r =>
        {
            r.Errors = "app_errors_total";
            r.Total = "app_requests_total";
        }));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Reason, Is.EqualTo("metric app_requests_total is missing"));
    }

    [Test]
    public async Task ErrorRate_CounterWithoutTotalSuffixAndExactMatcher_ReadsTheCounter()
    {
        _fixture.App.Behavior.ErrorRatePercent = 50;

        var check = await ErrorRateOfAsync(WithTraffic(10, r =>
        {
            r.Errors = "http_requests{code=\"500\"}";
            r.Total = "http_requests{path=\"all\"}";
            r.ThresholdPercent = 60;
        }));

        Assert.That(check.Measured, Is.EqualTo("error rate 50% (5/10, threshold 60%)"));
    }
}
