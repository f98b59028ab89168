using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>What every scenario works with: the log, the sandbox, its web servers, the sample's build.sh and, optionally, local GitHub.</summary>
internal sealed class ScenarioContext(ICakeLog log, DemoSandbox sandbox, WebServers servers, SampleRunner sample, DemoGitHub? github)
{
    public ICakeLog Log => log;

    public DemoSandbox Sandbox => sandbox;

    public WebServers Servers => servers;

    public SampleRunner Sample => sample;

    /// <summary>Runs git in the site's working copy.</summary>
    public Task<string> GitAsync(params string[] arguments) => sandbox.Git.RunAsync(sandbox.Site, arguments);

    /// <summary>
    /// Writes <paramref name="files"/> (relative path → content), commits them with a conventional message and pushes
    /// the branch, as a developer would before deploying. With local GitHub, the commit also gets its reviewed pull request.
    /// </summary>
    /// <returns>The new commit's sha.</returns>
    public async Task<string> CommitAsync(string message, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(sandbox.Site, path), content);
        }

        await GitAsync(["add", "--", .. files.Keys]);
        await GitAsync("commit", "--quiet", "--message", message);
        await GitAsync("push", "--quiet", "--set-upstream", "origin", "HEAD");
        var sha = await GitAsync("rev-parse", "HEAD");
        github?.Reviewed(sha, message);
        log.Information("Committed {0} {1}", sha[..7], message);
        return sha;
    }

    /// <summary>Reads one file of the site.</summary>
    public async Task<string> ReadAsync(string path) => await File.ReadAllTextAsync(Path.Combine(sandbox.Site, path));
}
