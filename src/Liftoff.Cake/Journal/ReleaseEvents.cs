namespace Liftoff.Cake.Journal;

/// <summary>The release commit and tag were pushed.</summary>
/// <param name="Version">e.g. <c>1.5.0</c>.</param>
/// <param name="Tag">e.g. <c>v1.5.0</c>.</param>
public sealed record ReleaseTagged(string Version, string Tag) : RunEvent;

/// <summary>The GitHub release was created or updated.</summary>
/// <param name="Tag">Its tag.</param>
/// <param name="Url">Its page.</param>
public sealed record ReleasePublished(string Tag, Uri? Url) : RunEvent;
