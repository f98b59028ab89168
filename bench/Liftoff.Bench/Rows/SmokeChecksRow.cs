using System.Diagnostics;
using Liftoff.Artifacts;
using Liftoff.Bench.Runner;
using Liftoff.Configuration;
using Liftoff.TestSupport.TestApp;
using Liftoff.Validation;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B6 smoke checks: 200 declared HTTP checks against the harness's test app (Kestrel on loopback), whose slowest
/// endpoint (<c>/health</c>) answers after 200 ms, run by Core's <see cref="ValidationRunner"/>: the readiness read of
/// the version marker, then one round of every check, at most <c>maxConcurrency</c> at once. The reference is the
/// same validation with only one check, the slowest.
/// </summary>
internal sealed class SmokeChecksRow : IBenchRow
{
    private const string RowName = "B6 smoke checks";
    private const int Checks = 200;
    private const int SlowChecks = 20;
    private static readonly TimeSpan SlowEndpoint = TimeSpan.FromMilliseconds(200);

    public string Id => "B6";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var behavior = new TestAppBehavior { Version = "1.0.0" };
        behavior.SlowRoute("/health", SlowEndpoint);
        await using var app = await TestAppServer.StartAsync(behavior, cancellationToken);
        var marker = new VersionMarker(behavior.Name, behavior.Version, behavior.Commit, $"{behavior.Name}-{behavior.Version}", behavior.ContentSha256);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };
        var runner = new ValidationRunner(http);

        var results = new List<RowResult>();
        foreach (var concurrency in new[] { 32, new ValidationOptions().MaxConcurrency })
        {
            var all = Options(concurrency, AllChecks());
            var slowest = Options(concurrency, [Slow(0)]);
            var (liftoff, baseline) = await context.PairedAsync(
                Formatting.Invariant($"B6 {Checks} checks (maxConcurrency {concurrency}) vs the slowest alone"), "ms",
                _ => TimeAsync(runner, app.BaseUri, marker, all, Checks, cancellationToken),
                _ => TimeAsync(runner, app.BaseUri, marker, slowest, 1, cancellationToken));
            var ratio = liftoff.Median / baseline.Median;
            var isDefault = concurrency == new ValidationOptions().MaxConcurrency;
            results.Add(new RowResult
            {
                Id = isDefault ? "B6.2" : "B6.1",
                Row = RowName,
                Figure = Formatting.Invariant($"{Checks} HTTP checks, slowest 200 ms, maxConcurrency {concurrency}{(isDefault ? " (the default)" : "")}"),
                Liftoff = liftoff,
                Baseline = baseline,
                Goal = isDefault ? "context" : "≤ 2× the slowest single check",
                Met = isDefault ? null : ratio <= 2,
                LiftoffCommand = Formatting.Invariant($"ValidationRunner.RunAsync, one round, maxConcurrency {concurrency}: readiness (the marker), then {Checks} checks: ")
                    + Formatting.Invariant($"{Count(all, "/health")} × GET /health (200 ms, JSON $.status = ok), {Count(all, "/")} × GET / (body contains 'Test app'), ")
                    + Formatting.Invariant($"{Count(all, "/.well-known/liftoff.json")} × GET /.well-known/liftoff.json (JSON $.version = 1.0.0), against TestAppServer on 127.0.0.1"),
                BaselineCommand = "the same ValidationRunner.RunAsync with only one check: GET /health (200 ms)",
                Note = isDefault
                    ? Formatting.Invariant($"With the default of {concurrency} checks at once, {SlowChecks} slow checks alone need {SlowChecks / concurrency} waves of 200 ms; a suite with many slow checks should raise environments.<name>.validation.maxConcurrency (up to 64), as B6.1 does.")
                    : ratio <= 2 ? null : Formatting.Invariant($"Missed at {ratio:0.00}×: see the notes section."),
            });
        }

        return results;
    }

    private static async Task<double> TimeAsync(ValidationRunner runner, Uri url, VersionMarker marker, ValidationOptions options, int expected, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = await runner.RunAsync(url, marker, options, cancellationToken);
        stopwatch.Stop();
        var ran = report.Rounds.Sum(round => round.Checks.Count);
        return report.Passed && ran == expected
            ? stopwatch.Elapsed.TotalMilliseconds
            : throw new InvalidOperationException($"the validation did not pass with {expected} checks ({ran} ran): {report.Summary}");
    }

    private static int Count(ValidationOptions options, string path) => options.Http.Count(check => check.Path == path);

    private static ValidationOptions Options(int concurrency, List<HttpCheckOptions> checks) => new()
    {
        ReadinessTimeoutSeconds = 10,
        ReadinessPollSeconds = 0.05,
        Rounds = 1,
        IntervalSeconds = 0,
        CheckTimeoutSeconds = 10,
        MaxConcurrency = concurrency,
        Http = checks,
    };

    // The slow checks are spread through the list, as a real suite's would be.
    private static List<HttpCheckOptions> AllChecks() =>
    [
        .. Enumerable.Range(0, Checks).Select(i => i % (Checks / SlowChecks) == 0 ? Slow(i)
            : i % 2 == 0 ? new HttpCheckOptions { Name = $"home {i}", Path = "/", BodyContains = "Test app" }
            : new HttpCheckOptions { Name = $"marker {i}", Path = "/.well-known/liftoff.json", JsonPath = "$.version", JsonValue = "1.0.0" }),
    ];

    private static HttpCheckOptions Slow(int i) => new() { Name = $"health {i}", Path = "/health", JsonPath = "$.status", JsonValue = "ok" };
}
