using System.Diagnostics;
using Liftoff.Artifacts;
using Liftoff.Bench.Runner;
using Liftoff.Bench.Sandbox;
using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.Validation;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B4 zero downtime: a C# load loop (8 workers) against nginx serving the releases directory. Each run has a steady
/// window (no deploy) and a window of the same length in which new versions are deployed (unpacked, marker, switch)
/// and rolled back, one step every 150 ms. Failed requests in the deploy windows must be 0, and their p99 latency
/// within 1.2× of the steady windows'.
/// </summary>
internal sealed class ZeroDowntimeRow : IBenchRow
{
    private const string RowName = "B4 zero downtime";
    private const int Workers = 8;
    private static readonly TimeSpan StepInterval = TimeSpan.FromMilliseconds(150);
    private static readonly string[] Paths = ["/", "/index.html", "/.well-known/liftoff.json", "/assets/part-007.css"];

    public string Id => "B4";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(context.Quick ? 1 : 4);
        await using var served = await ServedReleases.StartAsync(folder => VersionedSite.BuildAsync(folder.Path, "1.0.0"));

        // Every deploy brings a new version, so each one really unpacks an artifact, as a deploy does.
        var steps = (int)(window / (2 * StepInterval)) + 2;
        var artifacts = new Queue<Artifact>();
        for (var n = 0; n < (context.Runs + 1) * steps; n++)
        {
            artifacts.Enqueue(await VersionedSite.BuildAsync(served.Folder.Path, Formatting.Invariant($"2.0.{n}")));
        }

        var steadyFailures = new List<double>();
        var deployFailures = new List<double>();
        var deploys = 0;
        var rollbacks = 0;
        var requests = 0L;
        var samples = new List<string>();
        var (duringDeploys, steady) = await context.PairedAsync("B4 p99 during deploys and rollbacks vs steady", "ms",
            async _ =>
            {
                var load = new LoadLoop(served.Http, Paths);
                using var stop = new CancellationTokenSource();
                var running = load.RunAsync(Workers, stop.Token);
                var wall = Stopwatch.StartNew();
                while (wall.Elapsed < window)
                {
                    await Task.Delay(StepInterval, cancellationToken);
                    var current = await served.Target.CurrentAsync(cancellationToken);
                    await served.DeployAsync(artifacts.Dequeue());
                    deploys++;
                    await Task.Delay(StepInterval, cancellationToken);
                    await served.Target.RollbackAsync(current!.Id, cancellationToken);
                    rollbacks++;
                }

                await stop.CancelAsync();
                await running;
                deployFailures.Add(load.Failures);
                samples.AddRange(load.FailureSamples);
                requests += load.Latencies.Count;
                return Percentiles.NearestRank([.. load.Latencies], 99);
            },
            async _ =>
            {
                var load = new LoadLoop(served.Http, Paths);
                using var stop = new CancellationTokenSource();
                var running = load.RunAsync(Workers, stop.Token);
                await Task.Delay(window, cancellationToken);
                await stop.CancelAsync();
                await running;
                steadyFailures.Add(load.Failures);
                requests += load.Latencies.Count;
                return Percentiles.NearestRank([.. load.Latencies], 99);
            });

        // The warm-up pair is left out, as it is for the latencies.
        var failed = new Stat(deployFailures.Skip(1).ToList(), "requests");
        var failedSteady = new Stat(steadyFailures.Skip(1).ToList(), "requests");
        var ratio = duringDeploys.Median / steady.Median;
        var windows = Formatting.Invariant($"{context.Runs} pairs of {window.TotalSeconds:0.#} s windows, {Workers} workers, GET {string.Join(", ", Paths)} through nginx");
        return
        [
            new RowResult
            {
                Id = "B4.1",
                Row = RowName,
                Figure = "failed requests per window with deploys and rollbacks",
                Liftoff = failed,
                Baseline = failedSteady,
                Goal = "0",
                Met = failed.Samples.Sum() == 0,
                LiftoffCommand = Formatting.Invariant($"LoadLoop while ReleasesDirectoryTarget deploys a new version (prepare: unpack 101 files, marker, switch) and rolls back, a step every {StepInterval.TotalMilliseconds:0} ms; {windows}; a failure is an error, a non-200, or a torn or mixed body"),
                BaselineCommand = "the same load in a steady window, no deploy",
                Note = Formatting.Invariant($"{requests:N0} requests in all, {deploys} deploys and {rollbacks} rollbacks (warm-up included); failed: {failed.Samples.Sum()} with deploys, {failedSteady.Samples.Sum()} steady.")
                    + (samples.Count == 0 ? "" : " Failures seen: " + string.Join("; ", samples.Take(5))),
            },
            new RowResult
            {
                Id = "B4.2",
                Row = RowName,
                Figure = "p99 latency with deploys and rollbacks vs steady state",
                Liftoff = duringDeploys,
                Baseline = steady,
                Goal = "≤ 1.2× steady",
                Met = ratio <= 1.2,
                LiftoffCommand = "p99 (nearest rank) of every request in a window with deploys and rollbacks; " + windows,
                BaselineCommand = "p99 of every request in a steady window",
                Note = ratio <= 1.2 ? null : Formatting.Invariant(
                    $"Missed at {ratio:0.00}×. The switch itself is a rename (B3.2); what the load feels is the deploy's other work on the ")
                    + "same 2 cores as nginx and the load generator: unpacking and hashing the new release. On a real server the "
                    + "deploy runs on another machine (CI) or the artifact is unpacked before the traffic window; preparing the "
                    + "release ahead (Prepare is already separate from Switch) and switching alone would close it.",
            },
        ];
    }
}
