using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// A repository with one release (v1.0.0) and releasable commits since, a committed liftoff.json that attaches an
/// asset to the GitHub release, and its own repository on a shared <see cref="LocalGitHubServer"/> (acme/&lt;name&gt;).
/// The token reaches the host through a variable named by <c>--github.token=env:NAME</c>, as users pass it.
/// </summary>
public sealed class ReleaseWorld : IDisposable
{
    public const string TokenVariable = "LIFTOFF_RELIABILITY_TOKEN";
    public const string Owner = "acme";
    public const string Tag = "v1.1.0";
    public const string AssetName = "notes.txt";

    private ReleaseWorld(GitSandbox sandbox, LocalGitHubServer server, string name, string token)
    {
        Sandbox = sandbox;
        Server = server;
        Name = name;
        Token = token;
    }

    public GitSandbox Sandbox { get; }

    public LocalGitHubServer Server { get; }

    /// <summary>The repository's name on the server.</summary>
    public string Name { get; }

    public string Token { get; }

    public RepoState GitHub => Server.State.Repo(Owner, Name);

    /// <summary>The server path every request about this repository starts with, for faults.</summary>
    public string ApiPathPrefix => $"/repos/{Owner}/{Name}";

    /// <summary>Extra settings for every run, for example <c>--github.maxRetries=2</c>.</summary>
    public List<string> Settings { get; } = [];

    public static ReleaseWorld Create(LocalGitHubServer server, string name, string token = "test-token")
    {
        var sandbox = GitSandbox.Create();
        try
        {
            sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("feat(ui): dark mode (#77)").Commit("fix: auth redirect").Push();
            sandbox.WriteFile("release-assets/notes.txt", "what is in the box\n");
            sandbox.WriteFile("liftoff.json", """{ "release": { "assets": ["release-assets/*.txt"] } }""");
            sandbox.WriteFile("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Version>1.0.0</Version>\n  </PropertyGroup>\n</Project>\n");
            sandbox.Commit("docs: release notes asset", "release-assets/notes.txt", "liftoff.json", "src/App/App.csproj");
            sandbox.Push();
            return new ReleaseWorld(sandbox, server, name, token);
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
    }

    /// <summary>The arguments that point a run at the sandbox's GitHub repository, followed by <paramref name="extra"/>.</summary>
    public string[] Arguments(params string[] extra) =>
    [
        $"--github.apiUrl={Server.ApiUri}",
        $"--github.owner={Owner}",
        $"--github.repository={Name}",
        $"--github.token=env:{TokenVariable}",
        .. Settings,
        .. extra,
    ];

    public Dictionary<string, string?> Environment() =>
        LiftoffCli.Environment(Sandbox.Environment, new Dictionary<string, string?> { [TokenVariable] = Token });

    public Task<ProcessResult> RunAsync(params string[] extra) => LiftoffCli.RunAsync(Sandbox.Path, Environment(), Arguments(extra));

    public SessionProcess Start(params string[] extra) => LiftoffCli.Start(Sandbox.Path, Environment(), Arguments(extra));

    /// <summary>The tags origin holds.</summary>
    public IReadOnlyList<string> OriginTags() =>
        Sandbox.OriginGit("tag", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether origin has the release tag yet (a push writes the loose ref file).</summary>
    public bool OriginHasTag() =>
        File.Exists(Path.Combine(Sandbox.OriginPath, "refs", "tags", Tag))
        || (File.Exists(Path.Combine(Sandbox.OriginPath, "packed-refs"))
            && File.ReadAllText(Path.Combine(Sandbox.OriginPath, "packed-refs")).Contains("refs/tags/" + Tag, StringComparison.Ordinal));

    /// <summary>
    /// Throws <see cref="TrialFailedException"/> unless the release is finished exactly once: one tag on origin at
    /// origin's main, the changelog section once, a clean working tree, and one published GitHub release with one asset.
    /// </summary>
    public void ExpectOneFinishedRelease()
    {
        var tags = OriginTags();
        Expect.That(tags.SequenceEqual(["v1.0.0", Tag]), $"origin's tags are [{string.Join(", ", tags)}], not [v1.0.0, {Tag}]");
        Expect.Equal(Sandbox.OriginGit("rev-parse", "main"), Sandbox.OriginGit("rev-parse", Tag + "^{commit}"), $"{Tag} tags origin's main");
        var changelog = Sandbox.OriginGit("show", "main:CHANGELOG.md");
        var sections = changelog.Split("## [1.1.0]").Length - 1;
        Expect.Equal(1, sections, "sections for 1.1.0 in origin's CHANGELOG.md");
        Expect.That(Sandbox.OriginGit("show", "main:src/App/App.csproj").Contains("<Version>1.1.0</Version>", StringComparison.Ordinal),
            "origin's main has the project's version bumped to 1.1.0");
        var status = Sandbox.Git("status", "--porcelain");
        Expect.That(status.Length == 0, $"the working tree is not clean after the release: {status}");
        var releases = GitHub.Releases.All().Where(release => release.TagName == Tag).ToList();
        Expect.Equal(1, releases.Count, $"GitHub releases for {Tag}");
        Expect.That(!releases[0].Draft, $"the release of {Tag} is still a draft");
        Expect.Equal(1, releases[0].Assets.Count(asset => asset.Name == AssetName), $"assets named {AssetName}");
        Expect.Equal(1, GitHub.Releases.All().Count, "GitHub releases in all");
    }

    public void Dispose() => Sandbox.Dispose();
}
