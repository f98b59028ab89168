using System.Diagnostics;
using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Core.Tests.Artifacts;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Core.Tests.Deploy;

/// <summary>
/// Real nginx serving <c>&lt;root&gt;/current</c> while the releases directory switches between two versions under
/// load. Zero downtime means: no failed request, and every body whole and from exactly one version.
/// </summary>
[Category("ZeroDowntime")]
[Category("Nginx")]
public sealed class ZeroDowntimeTests
{
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan SwitchInterval = TimeSpan.FromMilliseconds(120);
    private static readonly string[] Versions = ["1.0.0", "2.0.0"];

    [Test]
    public async Task DeployAndRollbackUnderLoad_NoFailedRequestAndNoMixedBody()
    {
        // Given nginx serving v1 from the releases directory
        await NginxLocator.RequireAsync();
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");
        await site.ArtifactAsync("2.0.0");
        await using var nginx = await NginxServer.StartAsync(site.Current);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 16 };
        using var http = new HttpClient(handler) { BaseAddress = nginx.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        Assert.That(SampleSite.IsWholePageOf(await http.GetStringAsync("index.html"), "1.0.0"), Is.True, "v1 is served before the load starts");
        var load = new LoadLoop(
            http,
            [new Uri(nginx.BaseUri, "/"), new Uri(nginx.BaseUri, "/index.html"), new Uri(nginx.BaseUri, "/.well-known/liftoff.json")],
            VersionOf);

        // When deploys of v2 and rollbacks to v1 alternate while the load runs
        using var stop = new CancellationTokenSource();
        var wall = Stopwatch.StartNew();
        var running = load.RunAsync(workers: 8, stop.Token);
        var switches = new List<TimeSpan>();
        var deploys = new List<TimeSpan>();
        while (wall.Elapsed < LoadDuration)
        {
            await Task.Delay(SwitchInterval);
            var deploy = Stopwatch.StartNew();
            switches.Add((await site.DeployAsync("2.0.0")).Elapsed);
            deploys.Add(deploy.Elapsed);
            await Task.Delay(SwitchInterval);
            switches.Add((await site.Target.RollbackAsync(site.ReleaseId("1.0.0"))).Elapsed);
        }

        await Task.Delay(SwitchInterval);
        await stop.CancelAsync();
        await running;
        wall.Stop();
        var marker = ArtifactJson.TryParseMarker(await http.GetByteArrayAsync(".well-known/liftoff.json"));

        // Then
        Report(load, switches, deploys, wall.Elapsed);
        Assert.Multiple(() =>
        {
            Assert.That(load.Failures, Is.Zero, string.Join(Environment.NewLine, load.FailureSamples));
            Assert.That(load.Requests, Is.GreaterThan(500));
            Assert.That(switches, Has.Count.GreaterThanOrEqualTo(6));
            Assert.That(load.ByVersion.Keys, Is.EquivalentTo(Versions), "both versions were served during the load");
            Assert.That(marker?.Version, Is.EqualTo("1.0.0"), "the last step was a rollback to v1");
        });
    }

    /// <summary>The version a body comes from, or null when it is not whole or mixes versions.</summary>
    private static string? VersionOf(string body)
    {
        if (body.StartsWith('{'))
        {
            // The version marker: whole JSON naming one of the two versions.
            var version = ArtifactJson.TryParseMarker(System.Text.Encoding.UTF8.GetBytes(body))?.Version;
            return Versions.Contains(version) ? version : null;
        }

        return Versions.FirstOrDefault(version => SampleSite.IsWholePageOf(body, version));
    }

    private static void Report(LoadLoop load, List<TimeSpan> switches, List<TimeSpan> deploys, TimeSpan wall)
    {
        var perVersion = string.Join(", ", load.ByVersion.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"v{p.Key}: {p.Value}"));
        Print(string.Create(CultureInfo.InvariantCulture,
            $"zero-downtime: {load.Requests} requests in {wall.TotalSeconds:0.0} s ({load.Requests / wall.TotalSeconds:0} req/s, 8 workers), " +
            $"{load.Failures} failed, {switches.Count} switches ({deploys.Count} deploys of v2, {switches.Count - deploys.Count} rollbacks to v1); {perVersion}"));
        Print(string.Create(CultureInfo.InvariantCulture,
            $"switch time (rename of current): median {Median(switches).TotalMilliseconds:0.000} ms, max {switches.Max().TotalMilliseconds:0.000} ms; " +
            $"full redeploy of v2 (prepare + marker + switch + prune): median {Median(deploys).TotalMilliseconds:0.0} ms"));
    }

    // Out keeps the figures with the test's result: in the TRX and in the console at normal verbosity.
    private static void Print(string line) => TestContext.Out.WriteLine(line);

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}
