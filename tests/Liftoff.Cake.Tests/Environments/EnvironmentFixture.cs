using Liftoff.Artifacts;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Git;
using Liftoff.Records.Ledger;
using Liftoff.Records.RefStore;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>
/// A sandbox repository with a bare origin and a liftoff.json declaring test → staging → production, each a releases
/// directory in a world-readable temp folder; artifacts are built on demand from the sandbox's HEAD.
/// </summary>
[NonParallelizable] // CI is a process-wide variable
public abstract class EnvironmentFixture
{
    protected GitSandbox Sandbox { get; private set; } = null!;

    protected TempDirectory Folder { get; private set; } = null!;

    protected FakeConfirmation Confirmation { get; } = new();

    private readonly Dictionary<string, string> _manifests = [];
    private string? _previousCi;

    [SetUp]
    public void CreateSandbox()
    {
        _manifests.Clear();
        Confirmation.IsInteractive = false;
        Confirmation.Answer = false;
        Confirmation.Questions.Clear(); // one fixture instance serves every test of its class
        Sandbox = GitSandbox.Create();
        Sandbox.History().Commit("feat: first").Push();
        Folder = TempDirectory.Create("environments", worldReadable: true);
        _previousCi = Environment.GetEnvironmentVariable("CI");
        Environment.SetEnvironmentVariable("CI", null);
        WriteConfig(ProductionUrl: null);
    }

    [TearDown]
    public void DisposeSandbox()
    {
        Environment.SetEnvironmentVariable("CI", _previousCi);
        Folder.Dispose();
        Sandbox.Dispose();
    }

    protected string Root(string environment) => Folder.Combine(environment);

    protected void WriteConfig(Uri? ProductionUrl, string? productionTarget = null)
    {
        var url = ProductionUrl is null ? "" : $"\"url\": \"{ProductionUrl}\",";
        var production = productionTarget ?? $$"""{ "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}", "keep": "3" } }""";
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "test": { "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("test")}}" } } },
                "staging": { "promotesFrom": "test", "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("staging")}}" } } },
                "production": { {{url}} "protected": true, "promotesFrom": "staging", "target": {{production}} }
              }
            }
            """);
    }

    /// <summary>Builds (once) the artifact of a version and returns its manifest's path.</summary>
    protected async Task<string> ArtifactAsync(string version)
    {
        if (!_manifests.TryGetValue(version, out var manifest))
        {
            var source = Folder.WriteFile($"src-{version}/index.html", $"<p>site {version}</p>\n");
            var commit = Sandbox.Git("rev-parse", "HEAD").Trim();
            var artifact = await new ArtifactBuilder(TimeProvider.System)
                .CreateAsync(Path.GetDirectoryName(source)!, "site", version, commit, Folder.Combine("out", version));
            manifest = artifact.ManifestPath;
            _manifests[version] = manifest;
        }

        return manifest;
    }

    /// <summary>
    /// Builds (once) a broken artifact of a version: no <c>index.html</c>, so a site served with a single-page-app
    /// fallback (<see cref="SiteServerConfig"/>) answers every page with nginx's 500.
    /// </summary>
    protected async Task<string> BrokenArtifactAsync(string version)
    {
        var key = "broken:" + version;
        if (!_manifests.TryGetValue(key, out var manifest))
        {
            var source = Folder.WriteFile($"src-{version}-broken/app.js", $"console.log('site {version}');\n");
            var commit = Sandbox.Git("rev-parse", "HEAD").Trim();
            var artifact = await new ArtifactBuilder(TimeProvider.System)
                .CreateAsync(Path.GetDirectoryName(source)!, "site", version, commit, Folder.Combine("out", version + "-broken"));
            manifest = artifact.ManifestPath;
            _manifests[key] = manifest;
        }

        return manifest;
    }

    /// <summary>
    /// nginx's server block for a releases directory served the way single-page apps are: every path falls back to
    /// <c>/index.html</c> (a release without one answers 500), and prepared releases are visible under
    /// <c>/_releases/&lt;id&gt;/</c> before the switch. <paramref name="extra"/> adds more, such as a proxied API.
    /// </summary>
    protected string SiteServerConfig(string environment, string? extra = null) => $$"""
        location / { try_files $uri /index.html; }
        location /_releases/ { alias "{{Root(environment)}}/releases/"; }
        {{extra}}
        """;

    /// <summary>Writes a liftoff.json whose production is a releases directory at <paramref name="url"/> with these validation settings.</summary>
    protected void WriteProductionConfig(Uri? url, string validation)
    {
        var urlJson = url is null ? "" : $"\"url\": \"{url}\",";
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "production": {
                  {{urlJson}}
                  "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}" } },
                  "validation": {{validation}}
                }
              }
            }
            """);
    }

    protected async Task<IReadOnlyList<DeploymentRecord>> LedgerAsync() => await new DeploymentLedger(Store()).ReadAllAsync();

    protected IRefStore Store() => new GitRefStore(Sandbox.Path, "origin", environment: Sandbox.Environment);

    protected Task<HostResult> RunAsync(params string[] args) => RunWithAsync(_ => { }, args);

    /// <summary>Runs with extra or replaced services, registered after the fixture's own.</summary>
    protected async Task<HostResult> RunWithAsync(Action<IServiceCollection> configure, params string[] args)
    {
        using var harness = new HostHarness();
        return await harness.RunAsync(
            host => host
                .ConfigureServices(services =>
                {
                    services.AddSingleton<IGitClientFactory>(new GitCliFactory(Sandbox.Environment));
                    services.AddSingleton<IRefStoreFactory>(new GitRefStoreFactory(TimeProvider.System, Sandbox.Environment));
                    services.AddSingleton<IConfirmation>(Confirmation);
                    configure(services);
                })
                .UseLiftoffPipeline(),
            [$"--working={Sandbox.Path}", .. args]);
    }

    protected async Task<HostResult> DeployAsync(string environment, string version, params string[] extra) =>
        await RunAsync([$"--target=Deploy-{Pascal(environment)}", $"--artifact={await ArtifactAsync(version)}", .. extra]);

    protected static string Pascal(string environment) => char.ToUpperInvariant(environment[0]) + environment[1..];

    protected string OriginRefs() => Sandbox.OriginGit("for-each-ref", "--format=%(refname)");

    public sealed class FakeConfirmation : IConfirmation
    {
        public bool IsInteractive { get; set; }

        public bool Answer { get; set; }

        public int Asked => Questions.Count;

        public List<string> Questions { get; } = [];

        public Task<bool> AskAsync(string question, CancellationToken cancellationToken = default)
        {
            Questions.Add(question);
            return Task.FromResult(Answer);
        }
    }

    protected sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
