namespace Liftoff.GitHub.Issues;

/// <summary>
/// The issue reads the backlog gate needs from one repository. Failures are <see cref="Diagnostics.LiftoffException"/>s
/// (<c>LIFTOFF1250</c>, <c>LIFTOFF1251</c>); transient ones have already been retried.
/// </summary>
public interface IGitHubIssues
{
    /// <summary>
    /// The open issues carrying any of <paramref name="labels"/>, pull requests left out, ordered by number. GitHub's
    /// <c>labels</c> filter means "all of these", so each label is asked for on its own and the answers are merged.
    /// </summary>
    Task<IReadOnlyList<GitHubIssue>> OpenIssuesWithAnyLabelAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken = default);
}
