using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.GitHub;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Release;

/// <summary>
/// A sandbox repository with a bare origin and one releasable commit since v1.0.0, plus a local GitHub server the
/// release talks to as a GitHub Enterprise host. The token travels through a variable named by the configuration
/// (env:NAME), the way users are told to pass it.
/// </summary>
[NonParallelizable] // the token variable is process-wide
public abstract class ReleaseFixture
{
    protected const string TokenVariable = "LIFTOFF_TEST_GITHUB_TOKEN";

    protected GitSandbox Sandbox { get; private set; } = null!;

    protected LocalGitHubServer GitHub { get; private set; } = null!;

    protected IReadOnlyList<LiftoffRelease> Releases =>
        GitHub.State.Repo("acme", "site").Releases.All().Select(r => new LiftoffRelease(r.TagName, r.Body ?? string.Empty, r.Draft)).ToList();

    [SetUp]
    public async Task CreateSandboxAndServer()
    {
        Sandbox = GitSandbox.Create();
        Sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("feat(ui): dark mode (#77)").Commit("fix: auth redirect").Push();
        GitHub = await LocalGitHubServer.StartAsync();
        Environment.SetEnvironmentVariable(TokenVariable, "test-token");
    }

    [TearDown]
    public async Task DisposeSandboxAndServer()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);
        await GitHub.DisposeAsync();
        Sandbox.Dispose();
    }

    /// <summary>The arguments that point the release at the sandbox and the local server.</summary>
    protected string[] ReleaseArguments(params string[] extra) =>
    [
        $"--working={Sandbox.Path}",
        $"--github.apiUrl={GitHub.ApiUri}",
        "--github.owner=acme",
        "--github.repository=site",
        $"--github.token=env:{TokenVariable}",
        "--github.maxRetries=0",
        .. extra,
    ];

    protected Task<HostResult> RunReleaseAsync(params string[] args)
    {
        using var harness = new HostHarness();
        return harness.RunAsync(
            host => host
                .ConfigureServices(services => services.AddSingleton<IGitClientFactory>(new GitCliFactory(Sandbox.Environment)))
                .UseLiftoffPipeline(),
            ReleaseArguments(args));
    }

    // Every ref here and on the origin, the working tree, and what GitHub holds: what a dry run must leave alone.
    protected string Snapshot() =>
        Sandbox.Git("for-each-ref", "--format=%(refname) %(objectname)") + "\n--\n"
        + Sandbox.OriginGit("for-each-ref", "--format=%(refname) %(objectname)") + "\n--\n"
        + Sandbox.Git("status", "--porcelain", "--untracked-files=all") + "\n--\n"
        + string.Join("\n", Directory.GetFiles(Sandbox.Path, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/.git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => path + " " + File.ReadAllText(path).GetHashCode(StringComparison.Ordinal)))
        + "\n--\n"
        + string.Join("\n", Releases);

    protected sealed record LiftoffRelease(string Tag, string Body, bool Draft);
}
