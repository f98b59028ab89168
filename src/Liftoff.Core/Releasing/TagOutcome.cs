namespace Liftoff.Releasing;

/// <summary>What the tagger did, or would do in a dry run, step by step, for the report.</summary>
/// <param name="TagName">The tag.</param>
/// <param name="Commit">The commit the tag points at (HEAD, or the release commit once made).</param>
/// <param name="Steps">One line per step, in order, for example "tag v1.5.0 reused (already at HEAD)".</param>
public sealed record TagOutcome(string TagName, string Commit, IReadOnlyList<string> Steps);
