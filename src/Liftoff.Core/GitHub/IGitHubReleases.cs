namespace Liftoff.GitHub;

/// <summary>
/// The releases of one repository. Every method is safe to repeat: a re-run after a failure updates what the
/// first run made instead of making a second one. Failures are <see cref="Diagnostics.LiftoffException"/>s with a
/// <c>LIFTOFF04xx</c> code; transient ones have already been retried.
/// </summary>
public interface IGitHubReleases
{
    /// <summary>The release for <paramref name="tag"/>, published or draft, or null when there is none.</summary>
    Task<GitHubRelease?> FindByTagAsync(string tag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates the release for <see cref="ReleaseRequest.Tag"/> (published, or else the newest draft with that tag),
    /// or creates it when there is none. If a concurrent run creates it first, that release is updated instead.
    /// </summary>
    Task<ReleaseUpsertResult> UpsertAsync(ReleaseRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads <paramref name="asset"/> to the release, replacing any asset of the same name (never adding a
    /// second), and returns it with the sha256 of its content.
    /// </summary>
    Task<GitHubReleaseAsset> UploadAssetAsync(long releaseId, ReleaseAssetRequest asset, CancellationToken cancellationToken = default);
}
