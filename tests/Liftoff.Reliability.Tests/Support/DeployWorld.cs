using Liftoff.Records.Ledger;
using Liftoff.Records.RefStore;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// A repository to deploy from (a git sandbox with a bare origin, holding the ledger and the locks), a committed
/// liftoff.json whose <c>production</c> environment is a releases directory, that directory served by a real nginx,
/// and the site's artifacts. Runs go through the real host (<see cref="LiftoffCli"/>).
/// </summary>
public sealed class DeployWorld : IAsyncDisposable
{
    public const string LockRef = "refs/liftoff/locks/production";
    public const string LedgerRef = "refs/liftoff/ledger";

    private DeployWorld(TempDirectory folder, GitSandbox sandbox, SiteArtifacts site)
    {
        Folder = folder;
        Sandbox = sandbox;
        Site = site;
    }

    public TempDirectory Folder { get; }

    public GitSandbox Sandbox { get; }

    public SiteArtifacts Site { get; }

    public NginxServer? Nginx { get; private set; }

    public ServedSite? Served { get; private set; }

    /// <summary>The releases directory of <c>production</c>.</summary>
    public string ProductionRoot => Folder.Combine("production");

    public string Releases => Path.Combine(ProductionRoot, "releases");

    /// <summary>Extra variables for every run (a token, for example).</summary>
    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the world; <paramref name="productionTarget"/>, given the production root, returns the JSON of another
    /// target; <paramref name="extraConfig"/> adds top-level sections.
    /// </summary>
    public static async Task<DeployWorld> CreateAsync(
        bool withNginx = true, Func<string, string>? productionTarget = null, string? extraConfig = null)
    {
        var folder = TempDirectory.Create("reliability", worldReadable: true);
        var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Push();
        var world = new DeployWorld(folder, sandbox, new SiteArtifacts(folder, sandbox.Head));
        try
        {
            world.WriteConfig(productionTarget?.Invoke(world.ProductionRoot), extraConfig);
            sandbox.Commit("chore: liftoff.json", "liftoff.json");
            sandbox.Push();
            if (withNginx)
            {
                Directory.CreateDirectory(world.ProductionRoot);
                world.Nginx = await NginxServer.StartAsync(Path.Combine(world.ProductionRoot, "current"));
                world.Served = new ServedSite(world.Nginx.BaseUri);
            }

            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    public void WriteConfig(string? productionTarget = null, string? extraConfig = null)
    {
        var target = productionTarget
            ?? $$"""{ "type": "releasesDirectory", "settings": { "root": "{{ProductionRoot}}", "keep": "4" } }""";
        Sandbox.WriteFile("liftoff.json", $$"""
            {
              {{(extraConfig is null ? "" : extraConfig + ",")}}
              "environments": {
                "production": { "protected": true, "target": {{target}} }
              }
            }
            """);
    }

    /// <summary>The environment of a host run.</summary>
    public Dictionary<string, string?> Environment() => LiftoffCli.Environment(Sandbox.Environment, Variables);

    public Task<ProcessResult> RunAsync(params string[] arguments) => LiftoffCli.RunAsync(Sandbox.Path, Environment(), arguments);

    public SessionProcess Start(params string[] arguments) => LiftoffCli.Start(Sandbox.Path, Environment(), arguments);

    /// <summary>The arguments of a deploy of <paramref name="version"/>.</summary>
    public async Task<string[]> DeployArgumentsAsync(string version) =>
        ["--target=Deploy-Production", $"--artifact={await Site.ManifestAsync(version)}", "--yes"];

    /// <summary>Deploys <paramref name="version"/> and insists it worked.</summary>
    public async Task DeployAsync(string version)
    {
        var result = await RunAsync(await DeployArgumentsAsync(version));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"deploying {version} failed: {result}");
        }
    }

    /// <summary>The ledger as it stands on origin, read from the bare repository itself (reading changes nothing).</summary>
    public Task<IReadOnlyList<DeploymentRecord>> LedgerAsync() =>
        new DeploymentLedger(new GitRefStore(Sandbox.OriginPath, environment: Sandbox.Environment)).ReadAllAsync();

    /// <summary>Whether origin holds the production lock.</summary>
    public bool Locked() => OriginRef(LockRef) is not null;

    /// <summary>The commit a ref of origin points at, or null.</summary>
    public string? OriginRef(string name)
    {
        var result = ProcessRunner.Run(new ProcessSpec("git", "--git-dir", Sandbox.OriginPath, "rev-parse", "--verify", "--quiet", name)
        {
            Environment = Sandbox.Environment,
        });
        return result.Succeeded ? result.StdOut.Trim() : null;
    }

    /// <summary>The release folder <c>current</c> points at, or null.</summary>
    public string? CurrentRelease() => LinkedRelease("current");

    public string? LinkedRelease(string link) =>
        new FileInfo(Path.Combine(ProductionRoot, link)).LinkTarget is { } target ? Path.GetFileName(target) : null;

    /// <summary>The release id Liftoff gives a version of this world: <c>&lt;version&gt;-&lt;short commit&gt;</c>.</summary>
    public string ReleaseId(string version) => $"{version}-{Site.Commit[..7]}";

    /// <summary>The unpacking folders left in releases/ (a dot-name per attempt).</summary>
    public IReadOnlyList<string> StagingFolders() =>
        Directory.Exists(Releases) ? [.. Directory.EnumerateDirectories(Releases, ".staging-*").Select(Path.GetFileName)!] : [];

    public async ValueTask DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        Served?.Dispose();
        Sandbox.Dispose();
        Folder.Dispose();
    }
}
