namespace Liftoff.GitHub;

/// <summary>An uploaded release asset, with the sha256 Liftoff computed from the bytes it sent.</summary>
/// <param name="Id">GitHub's asset id.</param>
/// <param name="Name">The asset's name on GitHub.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">The lower-case hex sha256 of the content, for the release notes.</param>
/// <param name="DownloadUrl">The browser download URL.</param>
/// <param name="Replaced">True when an asset of the same name was there and has been replaced.</param>
public sealed record GitHubReleaseAsset(long Id, string Name, long Size, string Sha256, Uri DownloadUrl, bool Replaced);
