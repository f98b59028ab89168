using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Backlog;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.GitHub.Issues;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>
/// <c>Check-Backlog</c>: no open issue labelled as a release blocker (<c>gates.backlog.labels</c>, default
/// <c>critical</c> and <c>blocker</c>). Without a GitHub token it fails, unless <c>gates.backlog.enabled</c> is false.
/// </summary>
[TaskName(BacklogGate.Name)]
[TaskDescription("No open GitHub issue is labelled as a release blocker (gates.backlog.labels, default critical and blocker).")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckBacklogTask(
    GateReport report, ParsedCommandLine commandLine, LoadedConfiguration configuration, IGitClientFactory git, TimeProvider time)
    : GateTask(report, commandLine)
{
    /// <inheritdoc />
    protected override async Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = configuration.Options.Gates.Backlog;
        if (!options.Enabled)
        {
            return GateResult.Skipped(GateName, "gates.backlog.enabled is false");
        }

        var settings = GitHubGateSetup.Settings(configuration);
        if (!settings.HasToken)
        {
            return GateResult.Fail(GateName, "no token", GitHubGateSetup.NoTokenReason("backlog"));
        }

        var github = configuration.Options.GitHub;
        var repository = await GitHubGateSetup.RepositoryAsync(github, settings, git.Create(context.Environment.WorkingDirectory.FullPath)).ConfigureAwait(false);
        var issues = new OctokitGitHubIssues(
            GitHubClientFactory.Create(settings), repository, GitHubResilienceOptions.FromOptions(github), time, new CakeGitHubLog(context.Log));
        return await new BacklogGate(issues, options).EvaluateAsync().ConfigureAwait(false);
    }
}
