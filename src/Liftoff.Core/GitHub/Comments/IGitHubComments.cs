namespace Liftoff.GitHub.Comments;

/// <summary>
/// Comments on issues and pull requests of one repository, each at most once. Failures are
/// <see cref="Diagnostics.LiftoffException"/>s with <c>LIFTOFF1501</c>; transient ones have already been retried.
/// </summary>
public interface IGitHubComments
{
    /// <summary>
    /// Adds <paramref name="body"/> to the conversation of issue or pull request <paramref name="number"/>, unless a
    /// comment there already carries <paramref name="marker"/> (an HTML comment, invisible on GitHub). Returns true
    /// when it commented, false when the comment was already there.
    /// </summary>
    Task<bool> CommentOnceAsync(int number, string marker, string body, CancellationToken cancellationToken = default);
}
