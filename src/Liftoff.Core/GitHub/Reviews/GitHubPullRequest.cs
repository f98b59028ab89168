namespace Liftoff.GitHub.Reviews;

/// <summary>A pull request as the review gate needs it.</summary>
/// <param name="Number">Its number, e.g. 77.</param>
/// <param name="Title">Its title.</param>
/// <param name="Merged">Whether it was merged (GitHub's <c>merged_at</c> is set).</param>
public sealed record GitHubPullRequest(int Number, string Title, bool Merged);
