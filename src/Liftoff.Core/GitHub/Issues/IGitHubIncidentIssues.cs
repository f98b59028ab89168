namespace Liftoff.GitHub.Issues;

/// <summary>
/// Opens the GitHub issue for an incident, once. Failures are <see cref="Diagnostics.LiftoffException"/>s with
/// <c>LIFTOFF1501</c>; transient ones have already been retried.
/// </summary>
public interface IGitHubIncidentIssues
{
    /// <summary>
    /// Opens an issue with <paramref name="title"/>, <paramref name="body"/> and <paramref name="labels"/>, unless an
    /// issue carrying the first label (open or closed) already has <paramref name="marker"/> in its body; then that
    /// one is returned.
    /// </summary>
    Task<GitHubIssueLink> OpenOnceAsync(
        string title, string body, string marker, IReadOnlyList<string> labels, CancellationToken cancellationToken = default);
}

/// <summary>An issue Liftoff opened or found.</summary>
/// <param name="Number">Its number.</param>
/// <param name="HtmlUrl">Its page.</param>
/// <param name="Created">True when opened now; false when an earlier run had opened it.</param>
public sealed record GitHubIssueLink(int Number, Uri HtmlUrl, bool Created);
