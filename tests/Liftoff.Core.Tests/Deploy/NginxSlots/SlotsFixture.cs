using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.TestApp;

namespace Liftoff.Core.Tests.Deploy.NginxSlots;

/// <summary>
/// Real nginx in front of two slot ports, artifacts of the test app (each carrying its misbehaviour in
/// <c>testapp.json</c>), and targets over them. Disposing kills every slot process the state records.
/// </summary>
internal sealed class SlotsFixture : IAsyncDisposable
{
    private readonly Dictionary<string, Artifact> _artifacts = [];

    private SlotsFixture(TempDirectory folder, string upstream, int bluePort, int greenPort, NginxServer nginx)
    {
        Folder = folder;
        Upstream = upstream;
        BluePort = bluePort;
        GreenPort = greenPort;
        Nginx = nginx;
        Http = new HttpClient { BaseAddress = nginx.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
    }

    public TempDirectory Folder { get; }

    public string Upstream { get; }

    public int BluePort { get; }

    public int GreenPort { get; }

    public NginxServer Nginx { get; }

    public HttpClient Http { get; }

    public List<string> Log { get; } = [];

    public string StatePath => Path.ChangeExtension(Upstream, ".state.json");

    public static async Task<SlotsFixture> StartAsync()
    {
        await NginxLocator.RequireAsync();
        var folder = TempDirectory.Create("slots", worldReadable: true);
        var upstream = folder.Combine("nginx", "service.conf");
        var (blue, green) = (FreePort.Next(), FreePort.Next());
        var nginx = await SlotsNginx.StartAsync(upstream, blue, green, folder.Path);
        return new SlotsFixture(folder, upstream, blue, green, nginx);
    }

    /// <summary>The checks every new slot and every analysis round runs: a page, a latency series on the orders API, the error rate.</summary>
    public static ValidationOptions Checks() => new()
    {
        CheckTimeoutSeconds = 10,
        ReadinessTimeoutSeconds = 10,
        Http = [new HttpCheckOptions { Path = "/health", BodyContains = "ok" }],
        Latency = [new LatencyCheckOptions { Path = "/api/orders", Requests = 20, P95Milliseconds = 2000 }],
        ErrorRates = [new ErrorRateCheckOptions { ThresholdPercent = 5 }],
    };

    public NginxSlotsTarget Target(SlotStrategy strategy = SlotStrategy.BlueGreen, int[]? steps = null, TimeSpan? drain = null, int rounds = 2) =>
        new(new NginxSlotsOptions
        {
            Environment = "production",
            Url = Nginx.BaseUri,
            UpstreamFile = Upstream,
            BluePort = BluePort,
            GreenPort = GreenPort,
            Start = TestAppProcess.SlotStartCommand,
            StartTimeout = TimeSpan.FromSeconds(60),
            Nginx = Nginx.Binary,
            NginxArguments = SlotsNginx.Arguments(Nginx),
            Strategy = strategy,
            CanarySteps = steps ?? [5, 25, 50, 100],
            AnalysisRounds = rounds,
            AnalysisInterval = TimeSpan.FromMilliseconds(50),
            // Two cores shared with a load loop and other builds: p95s of 20 requests differ by tens of ms by chance.
            LatencySlack = TimeSpan.FromMilliseconds(500),
            Drain = drain ?? TimeSpan.FromSeconds(1),
            Validation = Checks(),
            Output = line => { lock (Log) { Log.Add(line); } TestContext.Progress.WriteLine("  " + line); },
        }, TimeProvider.System);

    /// <summary>Builds (once) the test app's artifact of a version; <paramref name="failPercent"/> of its /api/orders answers 500.</summary>
    public async Task<Artifact> ArtifactAsync(string version, int failPercent = 0)
    {
        if (!_artifacts.TryGetValue(version, out var artifact))
        {
            Folder.WriteFile($"src-{version}/index.html", $"<p>service {version}</p>\n");
            Folder.WriteFile($"src-{version}/testapp.json", failPercent > 0 ? $$"""{ "failPath": "/api/orders", "failPercent": {{failPercent}} }""" : "{}");
            var commit = version.Replace(".", "", StringComparison.Ordinal).PadRight(8, '0') + "0123456789abcdef0123456789abcdef";
            artifact = await new ArtifactBuilder(TimeProvider.System)
                .CreateAsync(Folder.Combine($"src-{version}"), "service", version, commit, Folder.Combine("out", version));
            _artifacts[version] = artifact;
        }

        return artifact;
    }

    /// <summary>Prepare, publish the marker, switch: a deploy as the pipeline runs it.</summary>
    public async Task<SwitchResult> DeployAsync(NginxSlotsTarget target, string version, int failPercent = 0)
    {
        var release = await target.PrepareAsync(await ArtifactAsync(version, failPercent));
        await target.PublishMarkerAsync(release);
        return await target.SwitchAsync(release);
    }

    /// <summary>The version nginx serves now, from the marker.</summary>
    public async Task<string?> ServedVersionAsync() =>
        ArtifactJson.TryParseMarker(await Http.GetByteArrayAsync(VersionMarker.PathInArtifact))?.Version;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await SlotsNginx.KillSlotsAsync(StatePath);
        await Nginx.DisposeAsync();
        Folder.Dispose();
    }
}
