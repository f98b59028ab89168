using System.Diagnostics;
using System.Net.Http.Headers;
using Liftoff.Artifacts;
using Liftoff.Bench.Runner;
using Liftoff.Bench.Sandbox;
using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B3 rollback time, on the releases-directory target behind real nginx. Each run deploys a bad v2 over a good v1,
/// lets the validation fail, and times from that failing verdict to v1 served again and validated: the switch back
/// (<see cref="Liftoff.Deploy.IDeployTarget.RollbackAsync"/>), then the same validation as after a deploy (a readiness
/// wait that reads the version marker through nginx until it is v1's, then one round of the declared smoke check).
/// The switch alone is the rename of <c>current</c>, as the target reports it.
/// </summary>
internal sealed class RollbackRow : IBenchRow
{
    private const string RowName = "B3 rollback time";

    public string Id => "B3";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        Artifact? good = null;
        await using var served = await ServedReleases.StartAsync(async folder => good = await VersionedSite.BuildAsync(folder.Path, "1.0.0", "healthy"));
        var bad = await VersionedSite.BuildAsync(served.Folder.Path, "2.0.0", "broken");
        var goodId = Liftoff.Deploy.Targets.ReleasesDirectory.ReleasesDirectoryTarget.ReleaseIdFor(good!.Manifest);
        var validation = new ValidationOptions
        {
            ReadinessTimeoutSeconds = 10,
            ReadinessPollSeconds = 0.02,
            Rounds = 1,
            IntervalSeconds = 0,
            CheckTimeoutSeconds = 5,
            Http = [new HttpCheckOptions { Name = "home page is healthy", Path = "/", BodyContains = "status: healthy" }],
        };
        var runner = new ValidationRunner(served.Http);
        var switches = new List<double>();
        var rollback = await context.SingleAsync("B3 rollback after a failing verdict", "ms", async _ =>
        {
            await served.DeployAsync(bad);
            var verdict = await runner.RunAsync(served.BaseUri, bad.Marker, validation, cancellationToken);
            if (verdict.Passed)
            {
                throw new InvalidOperationException("the bad version passed its validation: " + verdict.Summary);
            }

            var stopwatch = Stopwatch.StartNew();
            var switched = await served.Target.RollbackAsync(goodId, cancellationToken);
            var again = await runner.RunAsync(served.BaseUri, good.Marker, validation, cancellationToken);
            stopwatch.Stop();
            if (!again.Passed || await MarkerVersionAsync(served.Http) != "1.0.0")
            {
                throw new InvalidOperationException("after the rollback v1 is not served and validated: " + again.Summary);
            }

            switches.Add(switched.Elapsed.TotalMilliseconds);
            return stopwatch.Elapsed.TotalMilliseconds;
        });

        // The warm-up's switch is left out, as its rollback time is.
        var switchAlone = new Stat(switches.Skip(1).ToList(), "ms");
        const string setup = "releases directory (releases/<id>/, current switched by rename(2)) served by nginx on 127.0.0.1; v1 good, v2 bad";
        return
        [
            new RowResult
            {
                Id = "B3.1",
                Row = RowName,
                Figure = "failing verdict → previous version served and validated",
                Liftoff = rollback,
                Goal = "≤ 1 s",
                Met = rollback.Median <= 1000,
                LiftoffCommand = "in process, timed from the failing ValidationReport of v2: ReleasesDirectoryTarget.RollbackAsync(v1) + "
                    + "ValidationRunner.RunAsync(v1 marker): readiness (GET /.well-known/liftoff.json through nginx, every 20 ms, until "
                    + "v1's version and sha256) and one round of the smoke check (GET / contains 'status: healthy'); " + setup,
            },
            new RowResult
            {
                Id = "B3.2",
                Row = RowName,
                Figure = "the switch alone (rename of current)",
                Liftoff = switchAlone,
                Goal = "milliseconds",
                Met = switchAlone.Median < 10,
                LiftoffCommand = "SwitchResult.Elapsed of the same rollbacks: the symlink written beside current and renamed over it",
            },
        ];
    }

    private static async Task<string?> MarkerVersionAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, VersionMarker.PathInArtifact);
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await http.SendAsync(request);
        return ArtifactJson.TryParseMarker(await response.Content.ReadAsByteArrayAsync())?.Version;
    }
}
