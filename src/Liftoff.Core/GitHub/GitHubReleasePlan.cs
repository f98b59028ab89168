namespace Liftoff.GitHub;

/// <summary>A release to publish: the release itself and the files to attach to it.</summary>
/// <param name="Release">Tag, title, notes and flags.</param>
/// <param name="Assets">Files to attach; each one's sha256 is added to the notes. May be empty.</param>
public sealed record GitHubReleasePlan(ReleaseRequest Release, IReadOnlyList<ReleaseAssetRequest> Assets);
