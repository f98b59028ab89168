using Liftoff.GitHub.Reviews;

namespace Liftoff.Gates.Review;

/// <summary>
/// Who approved a pull request, counting each reviewer's latest verdict the way GitHub's branch protection does: a
/// later <c>CHANGES_REQUESTED</c> or <c>DISMISSED</c> cancels an earlier <c>APPROVED</c>, a later approval replaces a
/// request for changes, and <c>COMMENTED</c> or pending reviews count neither way.
/// </summary>
/// <param name="Approvers">Reviewers whose latest verdict is an approval, sorted.</param>
/// <param name="ChangesRequestedBy">Reviewers whose latest verdict asks for changes, sorted.</param>
public sealed record ReviewApprovals(IReadOnlyList<string> Approvers, IReadOnlyList<string> ChangesRequestedBy)
{
    /// <summary>How many reviewers approve.</summary>
    public int Count => Approvers.Count;

    /// <summary>Reads the reviews of one pull request.</summary>
    public static ReviewApprovals From(IEnumerable<GitHubReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var latest = reviews
            .Where(review => review.State is ReviewState.Approved or ReviewState.ChangesRequested or ReviewState.Dismissed)
            .Where(review => review.Reviewer.Length > 0)
            .GroupBy(review => review.Reviewer, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.OrderBy(r => r.SubmittedAt ?? DateTimeOffset.MinValue).ThenBy(r => r.Id).Last())
            .ToList();
        return new ReviewApprovals(
            [.. latest.Where(r => r.State == ReviewState.Approved).Select(r => r.Reviewer).Order(StringComparer.OrdinalIgnoreCase)],
            [.. latest.Where(r => r.State == ReviewState.ChangesRequested).Select(r => r.Reviewer).Order(StringComparer.OrdinalIgnoreCase)]);
    }
}
