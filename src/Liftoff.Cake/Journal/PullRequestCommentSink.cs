using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Configuration;
using Liftoff.Git;
using Liftoff.GitHub.Comments;
using Liftoff.Runs;

namespace Liftoff.Cake.Journal;

/// <summary>
/// With <c>notifications.pullRequestComments</c> and a token, comments "Released in v1.5.0; deployed to production"
/// on the pull requests that shipped: for a deploy that is live at the end, those named by the commits since the
/// version it replaced; for a release deployed nowhere in this run, those of the release. Each once.
/// </summary>
public sealed class PullRequestCommentSink(LoadedConfiguration configuration, NoticeGitHub github, IGitClientFactory git) : RunJournalSink
{
    /// <inheritdoc />
    public override int Order => 300;

    /// <inheritdoc />
    public override async Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var report = state.Report();
        var live = report.Deploys.Where(deploy => deploy.IsLive && deploy.Commit is not null).ToList();
        if (!configuration.Options.Notifications.PullRequestComments || (live.Count == 0 && report.Release is null)
            || await github.CommentsAsync(context).ConfigureAwait(false) is not { } comments)
        {
            return;
        }

        var shipped = new ShippedComments(comments);
        var released = ReleasedPulls(state);
        foreach (var deploy in live)
        {
            var sameRelease = report.Release?.Version == deploy.Version ? report.Release : null;
            var pulls = deploy.PreviousCommit is { } previous
                ? await ShippedComments.PullRequestsAsync(git.Create(EnvironmentServices.Working(context)), previous, deploy.Commit!).ConfigureAwait(false)
                : sameRelease is not null ? released : [];
            var tag = sameRelease?.Tag ?? configuration.Options.Release.TagPrefix + deploy.Version;
            Report(context, state, await shipped.CommentAsync(pulls, tag, deploy.Environment, sameRelease?.Url).ConfigureAwait(false), ShippedComments.Text(tag, deploy.Environment));
        }

        if (live.Count == 0 && report.Release is { } release)
        {
            Report(context, state, await shipped.CommentAsync(released, release.Tag, null, release.Url).ConfigureAwait(false), ShippedComments.Text(release.Tag, null));
        }
    }

    private static List<int> ReleasedPulls(RunJournalState state) =>
        [.. (state.Release.Next?.Commits ?? []).Select(commit => commit.PullRequest).OfType<int>().Distinct().Order()];

    private static void Report(ICakeContext context, RunJournalState state, ShippedCommentsOutcome outcome, string text)
    {
        if (outcome.Commented.Count > 0)
        {
            context.Log.Information("Commented \"{0}\" on {1}", text, string.Join(", ", outcome.Commented.Select(n => "#" + n)));
        }

        if (outcome.AlreadyCommented.Count > 0)
        {
            context.Log.Verbose("Already commented on {0}", string.Join(", ", outcome.AlreadyCommented.Select(n => "#" + n)));
        }

        foreach (var failure in outcome.Failures)
        {
            state.Warnings.Add(failure);
            context.Log.Warning("{0}", failure);
        }
    }
}
