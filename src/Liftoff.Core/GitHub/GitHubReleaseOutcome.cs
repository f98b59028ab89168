namespace Liftoff.GitHub;

/// <summary>What <see cref="GitHubReleasePublisher"/> did, or in a dry run would do.</summary>
/// <param name="Tag">The release's tag.</param>
/// <param name="Change">Created or updated (in a dry run: would be).</param>
/// <param name="Release">The release as GitHub now has it; null in a dry run.</param>
/// <param name="Notes">The notes sent, checksums included.</param>
/// <param name="Checksums">Each asset's name and sha256, in the order given.</param>
/// <param name="DryRun">True when nothing was changed on GitHub.</param>
public sealed record GitHubReleaseOutcome(
    string Tag,
    ReleaseChange Change,
    GitHubRelease? Release,
    string Notes,
    IReadOnlyList<AssetChecksum> Checksums,
    bool DryRun);

/// <summary>An asset's name and the lower-case hex sha256 of its content.</summary>
/// <param name="Name">The asset's name.</param>
/// <param name="Sha256">Its sha256.</param>
public sealed record AssetChecksum(string Name, string Sha256);
