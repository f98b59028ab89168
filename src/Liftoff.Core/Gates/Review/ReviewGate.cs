using Liftoff.Versioning;
using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Git;
using Liftoff.GitHub.Reviews;

namespace Liftoff.Gates.Review;

/// <summary>
/// <c>Check-Review</c>: every commit between what production runs and HEAD came from a merged pull request with
/// enough approvals (each reviewer's latest verdict counting), direct pushes fail unless allowed, and optionally
/// CI is green for HEAD itself. Fail-safe: a GitHub error propagates and the gate task records it as a Fail.
/// </summary>
public sealed class ReviewGate(IGitClient git, IGitHubReviews github, ReviewGateOptions options, string tagPrefix)
{
    /// <summary>The gate's target name.</summary>
    public const string Name = "Check-Review";

    private const int Listed = 5;

    /// <summary>Checks the commits and CI and returns the verdict.</summary>
    /// <exception cref="Diagnostics.LiftoffException">git or GitHub failed (after retries).</exception>
    public async Task<GateResult> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var head = await git.HeadShaAsync(cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return GateResult.Fail(Name, "0 commits", "the branch has no commits, so there is nothing reviewed to release");
        }

        var production = await ReleaseTags.ProductionAsync(git, tagPrefix, head, cancellationToken).ConfigureAwait(false);
        var since = production?.Name ?? "the first commit";
        var commits = new List<GitCommit>();
        await foreach (var commit in git.CommitsAsync(production?.CommitSha, head, cancellationToken).ConfigureAwait(false))
        {
            commits.Add(commit);
        }

        var review = await ReviewCommitsAsync(commits, cancellationToken).ConfigureAwait(false);
        var ci = options.RequireGreenChecks ? await github.ChecksAsync(head, cancellationToken).ConfigureAwait(false) : null;
        return Verdict(commits.Count, since, review, ci);
    }

    private async Task<CommitReview> ReviewCommitsAsync(List<GitCommit> commits, CancellationToken cancellationToken)
    {
        var result = new CommitReview();
        var approvalsByPull = new Dictionary<int, ReviewApprovals>();
        foreach (var commit in commits)
        {
            var merged = (await github.PullRequestsForCommitAsync(commit.Sha, cancellationToken).ConfigureAwait(false))
                .Where(pull => pull.Merged).ToList();
            if (merged.Count == 0)
            {
                result.DirectPushes.Add(commit.ShortSha);
                continue;
            }

            foreach (var pull in merged.Where(pull => !approvalsByPull.ContainsKey(pull.Number)))
            {
                approvalsByPull[pull.Number] = ReviewApprovals.From(await github.ReviewsAsync(pull.Number, cancellationToken).ConfigureAwait(false));
            }

            var approved = merged.Where(pull => approvalsByPull[pull.Number].Count >= options.Approvals).ToList();
            if (approved.Count > 0)
            {
                approved.ForEach(pull => result.Approved[pull.Number] = approvalsByPull[pull.Number]);
            }
            else
            {
                merged.ForEach(pull => result.Unapproved[pull.Number] = approvalsByPull[pull.Number]);
            }
        }

        return result;
    }

    private GateResult Verdict(int commitCount, string since, CommitReview review, CommitChecks? ci)
    {
        var problems = new List<string>();
        var measured = new List<string> { Plural(commitCount, "commit") };
        if (review.Approved.Count > 0)
        {
            measured.Add(string.Create(CultureInfo.InvariantCulture, $"{Plural(review.Approved.Count, "PR")} approved ({Numbers(review.Approved.Keys)})"));
        }

        foreach (var (number, approvals) in review.Unapproved.OrderBy(pair => pair.Key))
        {
            var objection = approvals.ChangesRequestedBy.Count > 0 ? $"; changes requested by {string.Join(", ", approvals.ChangesRequestedBy)}" : "";
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"PR #{number} has {approvals.Count}/{options.Approvals} approvals{objection}"));
        }

        if (review.Unapproved.Count > 0)
        {
            measured.Add(string.Create(CultureInfo.InvariantCulture, $"{review.Unapproved.Count} unapproved ({Numbers(review.Unapproved.Keys)})"));
        }

        if (review.DirectPushes.Count > 0)
        {
            measured.Add(Plural(review.DirectPushes.Count, "direct push", "direct pushes"));
            if (!options.AllowDirectPush)
            {
                problems.Add($"{List(review.DirectPushes)} pushed without a merged pull request (allow with gates.review.allowDirectPush)");
            }
        }

        var ciNote = ci is null ? null : CiVerdict.Describe(ci, problems, measured);
        var values = Values(commitCount, since, review, ci);
        if (problems.Count > 0)
        {
            return GateResult.Fail(Name, string.Join(" · ", measured), string.Join("; ", problems)) with { Values = values };
        }

        var reason = commitCount == 0
            ? $"nothing to review since {since}"
            : $"every commit since {since} came from a merged pull request with at least {Plural(options.Approvals, "approval")}"
              + (review.DirectPushes.Count > 0 ? " or was a direct push, which is allowed" : "");
        return GateResult.Pass(Name, string.Join(" · ", measured), reason + (ciNote is null ? "" : "; " + ciNote)) with { Values = values };
    }

    private static Dictionary<string, string> Values(int commitCount, string since, CommitReview review, CommitChecks? ci)
    {
        var all = review.Approved.Concat(review.Unapproved).OrderBy(pair => pair.Key).ToList();
        return new Dictionary<string, string>
        {
            ["since"] = since,
            ["commits"] = commitCount.ToString(CultureInfo.InvariantCulture),
            ["pullRequests"] = string.Join(",", all.Select(pair => pair.Key.ToString(CultureInfo.InvariantCulture))),
            ["approvedPullRequests"] = string.Join(",", review.Approved.Keys.Order().Select(n => n.ToString(CultureInfo.InvariantCulture))),
            ["approvals"] = string.Join(",", all.Select(pair => string.Create(CultureInfo.InvariantCulture, $"#{pair.Key}={pair.Value.Count}"))),
            ["directPushes"] = string.Join(",", review.DirectPushes),
            ["ci"] = ci is null ? "not required" : CiVerdict.Summary(ci),
        };
    }

    private static string Numbers(IEnumerable<int> numbers) => string.Join(", ", numbers.Order().Select(n => "#" + n.ToString(CultureInfo.InvariantCulture)));

    private static string List(List<string> shas) =>
        shas.Count <= Listed
            ? (shas.Count == 1 ? "commit " : "commits ") + string.Join(", ", shas)
            : string.Create(CultureInfo.InvariantCulture, $"commits {string.Join(", ", shas.Take(Listed))} and {shas.Count - Listed} more");

    private static string Plural(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");

    private sealed class CommitReview
    {
        public Dictionary<int, ReviewApprovals> Approved { get; } = [];

        public Dictionary<int, ReviewApprovals> Unapproved { get; } = [];

        public List<string> DirectPushes { get; } = [];
    }
}
