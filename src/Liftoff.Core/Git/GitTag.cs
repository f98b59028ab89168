namespace Liftoff.Git;

/// <summary>A tag and the commit it points at (peeled, for an annotated tag).</summary>
/// <param name="Name">The tag name without <c>refs/tags/</c>, for example <c>v1.2.3</c>.</param>
/// <param name="CommitSha">The full sha of the tagged commit.</param>
public sealed record GitTag(string Name, string CommitSha);
