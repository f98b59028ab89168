namespace Liftoff.GitHub;

/// <summary>The release after <see cref="IGitHubReleases.UpsertAsync"/>, and whether it was created or updated.</summary>
/// <param name="Release">The release as GitHub now has it.</param>
/// <param name="Change">Created or updated.</param>
public sealed record ReleaseUpsertResult(GitHubRelease Release, ReleaseChange Change);
