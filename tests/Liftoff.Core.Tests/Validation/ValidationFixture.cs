using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.TestSupport.TestApp;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

/// <summary>A running test app, a runner pointed at it, and options with millisecond timings so tests stay fast.</summary>
internal sealed class ValidationFixture : IAsyncDisposable
{
    public const string Sha = "3f9a000000000000000000000000000000000000000000000000000000000001";

    private ValidationFixture(TestAppServer app) => App = app;

    public TestAppServer App { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public VersionMarker Expected { get; set; } = new("site", "1.5.0", "abc123", "site-1.5.0", Sha);

    public static async Task<ValidationFixture> StartAsync()
    {
        var app = await TestAppServer.StartAsync(new TestAppBehavior { Version = "1.5.0", ContentSha256 = Sha });
        return new ValidationFixture(app);
    }

    /// <summary>One round, no interval, short timeouts.</summary>
    public static ValidationOptions Options(Action<ValidationOptions>? configure = null)
    {
        var options = new ValidationOptions
        {
            ReadinessTimeoutSeconds = 2,
            ReadinessPollSeconds = 0.02,
            Rounds = 1,
            IntervalSeconds = 0,
            CheckTimeoutSeconds = 3,
        };
        configure?.Invoke(options);
        return options;
    }

    public Task<ValidationReport> RunAsync(ValidationOptions options, Action<RoundResult>? afterRound = null) =>
        new ValidationRunner(Http, TimeProvider.System, afterRound is null ? null : new RoundHook(afterRound))
            .RunAsync(App.BaseUri, Expected, options, CancellationToken.None);

    /// <summary>Runs against the app with a fake clock that each listed path's answer moves forward, so latencies are exact.</summary>
    public async Task<ValidationReport> RunWithLatencyAsync(ValidationOptions options, SimulatedLatency latency)
    {
        using var http = new HttpClient(latency) { Timeout = TimeSpan.FromSeconds(30) };
        return await new ValidationRunner(http, latency.Time).RunAsync(App.BaseUri, Expected, options, CancellationToken.None);
    }

    /// <summary>The only check of the only round.</summary>
    public async Task<CheckResult> RunOneAsync(ValidationOptions options)
    {
        var report = await RunAsync(options);
        Assert.That(report.Readiness.Passed, Is.True, report.Summary);
        return report.Rounds.Single().Checks.Single();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }

    private sealed class RoundHook(Action<RoundResult> action) : IProgress<RoundResult>
    {
        public void Report(RoundResult value) => action(value);
    }
}
