namespace Liftoff.Versioning;

/// <summary>How many commits of one kind were read, and what release that kind asks for.</summary>
/// <param name="Kind">
/// The release rule's kind (<c>breaking</c>, <c>feat</c>, <c>fix</c>, <c>perf</c>, <c>revert</c>) for releasing commits;
/// otherwise the lower-case type (<c>chore</c>, <c>docs</c>), <c>merge</c>, <c>non-conventional</c>, or <c>reverted</c> for a commit and its revert that cancel out.
/// </param>
/// <param name="Count">The number of commits.</param>
/// <param name="Release">The release each of them asks for.</param>
public sealed record CommitCount(string Kind, int Count, ReleaseType Release);
