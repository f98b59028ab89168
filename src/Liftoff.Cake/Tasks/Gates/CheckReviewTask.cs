using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Review;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.GitHub.Reviews;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>
/// <c>Check-Review</c>: every commit since the production release came from a merged, approved pull request, and
/// (optionally) CI is green for HEAD. <c>--hotfix --reason="..."</c> waives it, with the reason recorded; no other
/// gate can be waived. Without a GitHub token it fails, unless <c>gates.review.enabled</c> is false.
/// </summary>
[TaskName(ReviewGate.Name)]
[TaskDescription("Every commit since the production release came from an approved, merged pull request, and CI is green for HEAD (--hotfix --reason=... waives it).")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckReviewTask(
    GateReport report, ParsedCommandLine commandLine, LoadedConfiguration configuration, IGitClientFactory git, TimeProvider time)
    : GateTask(report, commandLine)
{
    private static bool Hotfix(ICakeContext context) =>
        context.Arguments.GetArguments("hotfix").LastOrDefault() is { } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static string? HotfixReason(ICakeContext context) => context.Arguments.GetArguments("reason").LastOrDefault();

    /// <summary>Refuses <c>--hotfix</c> without <c>--reason</c> as bad input, before the gate evaluates.</summary>
    public override bool ShouldRun(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HotfixWaiver.Validate(Hotfix(context), HotfixReason(context));
        return base.ShouldRun(context);
    }

    /// <inheritdoc />
    protected override async Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = configuration.Options.Gates.Review;
        if (!options.Enabled)
        {
            return GateResult.Skipped(GateName, "gates.review.enabled is false");
        }

        if (HotfixWaiver.Waive(GateName, Hotfix(context), HotfixReason(context)) is { } waived)
        {
            return waived;
        }

        var settings = GitHubGateSetup.Settings(configuration);
        if (!settings.HasToken)
        {
            return GateResult.Fail(GateName, "no token", GitHubGateSetup.NoTokenReason("review"));
        }

        var client = git.Create(context.Environment.WorkingDirectory.FullPath);
        var github = configuration.Options.GitHub;
        var repository = await GitHubGateSetup.RepositoryAsync(github, settings, client).ConfigureAwait(false);
        var reviews = new OctokitGitHubReviews(
            GitHubClientFactory.Create(settings), repository, GitHubResilienceOptions.FromOptions(github), time, new CakeGitHubLog(context.Log));
        return await new ReviewGate(client, reviews, options, configuration.Options.Release.TagPrefix).EvaluateAsync().ConfigureAwait(false);
    }
}
