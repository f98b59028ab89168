using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.GitHub.Comments;
using Liftoff.GitHub.Deployments;
using Liftoff.GitHub.Issues;

namespace Liftoff.Cake.Journal;

/// <summary>
/// The GitHub connection the journal's sinks share, made once per run: the token from the <c>github</c> settings and
/// the repository from them or from the origin. Without a token there is none (sinks skip quietly); a repository
/// that cannot be named is said once, as a warning.
/// </summary>
public sealed class NoticeGitHub(LoadedConfiguration configuration, IGitClientFactory git, TimeProvider time)
{
    private Task<Connection?>? _connection;

    /// <summary>The connection settings (the token stays inside them).</summary>
    public GitHubConnectionSettings Settings => GitHubConnectionSettings.FromOptions(configuration.Options.GitHub, configuration.Environment);

    /// <summary>The deployments client, or null without a token or a repository.</summary>
    public async Task<IGitHubDeployments?> DeploymentsAsync(ICakeContext context) =>
        await ConnectAsync(context).ConfigureAwait(false) is { } c ? new OctokitGitHubDeployments(c.Client, c.Repository, c.Options, time, c.Log) : null;

    /// <summary>The comments client, or null without a token or a repository.</summary>
    public async Task<IGitHubComments?> CommentsAsync(ICakeContext context) =>
        await ConnectAsync(context).ConfigureAwait(false) is { } c ? new OctokitGitHubComments(c.Client, c.Repository, c.Options, time, c.Log) : null;

    /// <summary>The incident issues client, or null without a token or a repository.</summary>
    public async Task<IGitHubIncidentIssues?> IncidentIssuesAsync(ICakeContext context) =>
        await ConnectAsync(context).ConfigureAwait(false) is { } c ? new OctokitGitHubIncidentIssues(c.Client, c.Repository, c.Options, time, c.Log) : null;

    private Task<Connection?> ConnectAsync(ICakeContext context) => _connection ??= ConnectOnceAsync(context);

    private async Task<Connection?> ConnectOnceAsync(ICakeContext context)
    {
        var settings = Settings;
        if (!settings.HasToken)
        {
            context.Log.Verbose("GitHub notices: no GITHUB_TOKEN or GH_TOKEN, so no deployment mirror, comments or incident issue.");
            return null;
        }

        try
        {
            var origin = await git.Create(context.Environment.WorkingDirectory.FullPath).RemoteUrlAsync("origin").ConfigureAwait(false);
            var options = configuration.Options.GitHub;
            var repository = GitHubRepository.Resolve(options, settings, origin);
            var client = GitHubClientFactory.Create(settings, TimeSpan.FromSeconds(options.TimeoutSeconds));
            return new Connection(client, repository, GitHubResilienceOptions.FromOptions(options), new CakeGitHubLog(context.Log));
        }
        catch (LiftoffException error)
        {
            context.Log.Warning("GitHub notices are off for this run: {0}", error.Message);
            return null;
        }
    }

    private sealed record Connection(Octokit.IGitHubClient Client, GitHubRepository Repository, GitHubResilienceOptions Options, IGitHubLog Log);
}
