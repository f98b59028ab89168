using Liftoff.Artifacts;
using Liftoff.Cake.Tests.Support;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.TestApp;

namespace Liftoff.Cake.Tests.Environments.Slots;

/// <summary>
/// A sandbox repository whose production is an nginxSlots target behind a real nginx, with the test app as the
/// service (its artifacts carry their misbehaviour in <c>testapp.json</c>), and test as a releases directory.
/// Every slot process is killed after each test.
/// </summary>
public abstract class SlotsEnvironmentFixture : EnvironmentFixture
{
    private readonly Dictionary<string, string> _slotManifests = [];

    protected NginxServer Nginx { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected string Upstream => Folder.Combine("nginx", "service.conf");

    protected int BluePort { get; private set; }

    protected int GreenPort { get; private set; }

    protected string StatePath => Path.ChangeExtension(Upstream, ".state.json");

    [SetUp]
    public async Task StartNginx()
    {
        _slotManifests.Clear();
        await NginxLocator.RequireAsync();
        (BluePort, GreenPort) = (FreePort.Next(), FreePort.Next());
        Nginx = await SlotsNginx.StartAsync(Upstream, BluePort, GreenPort, Folder.Path);
        Http = new HttpClient { BaseAddress = Nginx.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        WriteSlotsConfig(canarySteps: "10,50,100", analysisRounds: 2);
    }

    [TearDown]
    public async Task StopNginx()
    {
        Http.Dispose();
        await SlotsNginx.KillSlotsAsync(StatePath);
        await Nginx.DisposeAsync();
    }

    /// <summary>Rewrites liftoff.json with the production slots and the checks every slot and analysis round runs.</summary>
    protected void WriteSlotsConfig(string canarySteps, int analysisRounds) =>
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "test": { "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("test")}}" } } },
                "production": {
                  "url": "{{Nginx.BaseUri}}",
                  "target": { "type": "nginxSlots", "settings": {
                    "upstreamFile": "{{Upstream}}", "bluePort": "{{BluePort}}", "greenPort": "{{GreenPort}}",
                    "start": "{{TestAppProcess.SlotStartCommand}}",
                    "nginx": "{{Nginx.Binary}}", "nginxArgs": "{{SlotsNginx.Arguments(Nginx)}}",
                    "strategy": "canary", "canarySteps": "{{canarySteps}}", "analysisRounds": "{{analysisRounds}}",
                    "analysisIntervalSeconds": "0.05", "drainSeconds": "1", "latencySlackMilliseconds": "500" } },
                  "validation": {
                    "checkTimeoutSeconds": 10, "readinessTimeoutSeconds": 10,
                    "http": [ { "path": "/health", "bodyContains": "ok" } ],
                    "latency": [ { "path": "/api/orders", "requests": 20, "p95Milliseconds": 2000 } ],
                    "errorRates": [ { "thresholdPercent": 5 } ]
                  }
                }
              }
            }
            """);

    /// <summary>Builds (once) the test app's artifact of a version; <paramref name="failPercent"/> of its /api/orders answers 500.</summary>
    protected async Task<string> SlotArtifactAsync(string version, int failPercent = 0)
    {
        if (!_slotManifests.TryGetValue(version, out var manifest))
        {
            Folder.WriteFile($"svc-{version}/index.html", $"<p>service {version}</p>\n");
            Folder.WriteFile($"svc-{version}/testapp.json", failPercent > 0 ? $$"""{ "failPath": "/api/orders", "failPercent": {{failPercent}} }""" : "{}");
            var commit = Sandbox.Git("rev-parse", "HEAD").Trim();
            var artifact = await new ArtifactBuilder(TimeProvider.System)
                .CreateAsync(Folder.Combine($"svc-{version}"), "service", version, commit, Folder.Combine("svc-out", version));
            manifest = artifact.ManifestPath;
            _slotManifests[version] = manifest;
        }

        return manifest;
    }

    protected async Task<HostResult> DeploySlotsAsync(string version, int failPercent = 0) =>
        await RunAsync("--target=Deploy-Production", $"--artifact={await SlotArtifactAsync(version, failPercent)}", "--yes");

    protected Task<IReadOnlyList<DeploymentRecord>> ProductionHistoryAsync() => new DeploymentLedger(Store()).HistoryAsync("production");

    protected async Task<SlotsState> StateAsync() =>
        System.Text.Json.JsonSerializer.Deserialize<SlotsState>(await File.ReadAllTextAsync(StatePath), SlotsStateJson)!;

    protected async Task<string?> ServedVersionAsync() =>
        ArtifactJson.TryParseMarker(await Http.GetByteArrayAsync(VersionMarker.PathInArtifact))?.Version;

    /// <summary>
    /// Leaves a canary of <paramref name="version"/> at its first step (10%) with no deploy running any more, as a
    /// Deploy-Production that crashed mid-canary would: the canary runs through the Core target in this process, and
    /// is cancelled once the state file shows it at 10%.
    /// </summary>
    protected async Task LeaveCanaryRunningAsync(string version)
    {
        var target = new NginxSlotsTarget(new NginxSlotsOptions
        {
            Environment = "production",
            Url = Nginx.BaseUri,
            UpstreamFile = Upstream,
            BluePort = BluePort,
            GreenPort = GreenPort,
            Start = TestAppProcess.SlotStartCommand,
            Nginx = Nginx.Binary,
            NginxArguments = SlotsNginx.Arguments(Nginx),
            Strategy = SlotStrategy.Canary,
            CanarySteps = [10, 100],
            AnalysisRounds = 1000,
            AnalysisInterval = TimeSpan.FromMilliseconds(50),
        }, TimeProvider.System);
        var release = await target.PrepareAsync(await ArtifactReader.OpenAsync(await SlotArtifactAsync(version)));
        using var crash = new CancellationTokenSource();
        var rollout = target.SwitchAsync(release, crash.Token);
        await WaitForCanaryAsync(10);
        await crash.CancelAsync();
        Assert.That(async () => await rollout, Throws.InstanceOf<OperationCanceledException>());
    }

    /// <summary>Waits (at most a minute) until the state file shows the canary at <paramref name="percent"/>.</summary>
    protected async Task WaitForCanaryAsync(int percent)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!(File.Exists(StatePath) && (await StateAsync()).Canary is { Phase: CanaryPhase.Running } canary && canary.Percent == percent))
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions SlotsStateJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
