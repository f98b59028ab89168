namespace Liftoff.GitHub.Reviews;

/// <summary>
/// The reads the review gate needs from one repository. Failures are <see cref="Diagnostics.LiftoffException"/>s
/// (<c>LIFTOFF1250</c>, <c>LIFTOFF1251</c>); transient ones have already been retried.
/// </summary>
public interface IGitHubReviews
{
    /// <summary>The pull requests associated with <paramref name="sha"/> (that contain it or were merged as it).</summary>
    Task<IReadOnlyList<GitHubPullRequest>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken = default);

    /// <summary>Every review of pull request <paramref name="number"/>, in GitHub's order (oldest first).</summary>
    Task<IReadOnlyList<GitHubReview>> ReviewsAsync(int number, CancellationToken cancellationToken = default);

    /// <summary>The combined status and the check runs of <paramref name="sha"/>.</summary>
    Task<CommitChecks> ChecksAsync(string sha, CancellationToken cancellationToken = default);
}
