using Liftoff.Artifacts;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.GitHubPages;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Pages;

namespace Liftoff.Core.Tests.Deploy.GitHubPages;

/// <summary>
/// A git sandbox (a user's clone plus its bare origin, which plays the Pages remote), a temp folder for sites and
/// artifacts, and the target over the clone. Artifacts are real ones, built from folders with the artifact builder.
/// </summary>
internal sealed class GitHubPagesFixture : IDisposable
{
    private readonly Dictionary<string, Artifact> _artifacts = [];

    public GitHubPagesFixture() => Folder = TempDirectory.Create("pages");

    public GitSandbox Git { get; } = GitSandbox.Create(new GitSandboxOptions { InitialCommit = true });

    public TempDirectory Folder { get; }

    public GitHubPagesTarget CreateTarget(string? cname = null, bool noJekyll = true, string? remote = null) =>
        new(new GitHubPagesOptions
        {
            RepositoryPath = Git.Path,
            Remote = remote ?? "origin",
            Cname = cname,
            NoJekyll = noJekyll,
            Environment = Git.Environment,
        }, TimeProvider.System);

    /// <summary>Builds the artifact of a site folder; the files are (path, content) pairs.</summary>
    public async Task<Artifact> BuildAsync(string version, params (string Path, string Content)[] files)
    {
        var source = Folder.Combine("src-" + version);
        foreach (var (path, content) in files)
        {
            Folder.WriteFile(Path.Combine("src-" + version, path), content);
        }

        var commit = version.Replace(".", "", StringComparison.Ordinal).PadRight(7, '0') + "abcdef0123456789";
        var artifact = await new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", version, commit, Folder.Combine("out-" + version));
        _artifacts[version] = artifact;
        return artifact;
    }

    /// <summary>A small site whose index page and app script name the version; the rest is the same in every version.</summary>
    public Task<Artifact> BuildSiteAsync(string version) =>
        BuildAsync(version,
            ("index.html", $"<h1>{version}</h1>"),
            ("docs/index.html", "<p>docs</p>"),
            ("css/site.css", "body { margin: 0 }"),
            ("js/app.js", $"console.log('{version}');"),
            ("_data/raw.txt", "kept because of .nojekyll"));

    public string ReleaseId(string version) => GitHubPagesTarget.ReleaseIdFor(_artifacts[version].Manifest);

    /// <summary>Prepare, publish the marker, switch: a deploy as the pipeline runs it.</summary>
    public static async Task<SwitchResult> DeployAsync(GitHubPagesTarget target, Artifact artifact)
    {
        var release = await target.PrepareAsync(artifact);
        await target.PublishMarkerAsync(release);
        return await target.SwitchAsync(release);
    }

    /// <summary>The gh-pages commits on the bare origin, newest first, each with its parents.</summary>
    public IReadOnlyList<string[]> OriginHistory() =>
        [.. Git.OriginGit("rev-list", "--parents", "refs/heads/gh-pages").Split('\n').Select(line => line.Split(' '))];

    public Task<LocalPagesServer> StartPagesAsync(TimeSpan? delay = null) =>
        LocalPagesServer.StartAsync(new LocalPagesServerOptions
        {
            RepositoryPath = Git.OriginPath,
            PropagationDelay = delay ?? TimeSpan.Zero,
            Environment = Git.Environment,
        });

    /// <summary>Every file of the artifact, as the extractor writes it: what the site must serve, byte for byte.</summary>
    public async Task<Dictionary<string, byte[]>> ExtractedFilesAsync(Artifact artifact)
    {
        var target = Folder.Combine("extracted-" + Guid.NewGuid().ToString("N"));
        await ArtifactExtractor.ExtractAsync(artifact, target);
        return Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(target, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        Git.Dispose();
        Folder.Dispose();
    }
}
