namespace Liftoff.Artifacts;

/// <summary>
/// The version marker, <c>/.well-known/liftoff.json</c>: written into every artifact so that a deployed copy can be
/// identified, and read back by validation to prove the new version is the one being served.
/// </summary>
/// <param name="Name">The artifact's name.</param>
/// <param name="Version">The version.</param>
/// <param name="Commit">The commit it was built from.</param>
/// <param name="Artifact"><c>&lt;name&gt;-&lt;version&gt;</c>.</param>
/// <param name="ContentSha256">
/// The artifact identity, <see cref="ArtifactManifest.ContentSha256"/>. It is the content hash, not the archive's
/// sha256, because the archive contains this file; the manifest links the two.
/// </param>
public sealed record VersionMarker(string Name, string Version, string Commit, string Artifact, string ContentSha256)
{
    /// <summary>Where the marker sits inside the artifact and, once deployed, under the site's root.</summary>
    public const string PathInArtifact = ".well-known/liftoff.json";

    /// <summary>The marker a manifest's artifact carries.</summary>
    public static VersionMarker For(ArtifactManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new VersionMarker(manifest.Name, manifest.Version, manifest.Commit, manifest.Identity, manifest.ContentSha256);
    }

    /// <summary>True when this marker names the same build as <paramref name="other"/>.</summary>
    public bool SameBuildAs(VersionMarker other) =>
        other is not null && Version == other.Version && Commit == other.Commit && ContentSha256 == other.ContentSha256;
}
