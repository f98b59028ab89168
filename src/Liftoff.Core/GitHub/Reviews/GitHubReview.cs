namespace Liftoff.GitHub.Reviews;

/// <summary>One submitted review of a pull request.</summary>
/// <param name="Id">GitHub's review id; later reviews have larger ids.</param>
/// <param name="Reviewer">The reviewer's login.</param>
/// <param name="State">What the review said.</param>
/// <param name="SubmittedAt">When it was submitted; null for a pending (unsubmitted) review.</param>
public sealed record GitHubReview(long Id, string Reviewer, ReviewState State, DateTimeOffset? SubmittedAt);

/// <summary>A review's verdict, as GitHub names it.</summary>
public enum ReviewState
{
    /// <summary>Any state Liftoff does not know; it counts as neither approval nor objection.</summary>
    Other,

    /// <summary><c>APPROVED</c>.</summary>
    Approved,

    /// <summary><c>CHANGES_REQUESTED</c>: cancels the same reviewer's earlier approval.</summary>
    ChangesRequested,

    /// <summary><c>COMMENTED</c>: counts neither way.</summary>
    Commented,

    /// <summary><c>DISMISSED</c>: the reviewer's earlier verdict no longer stands.</summary>
    Dismissed,

    /// <summary><c>PENDING</c>: not submitted yet.</summary>
    Pending,
}
