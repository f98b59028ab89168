namespace Liftoff.Artifacts;

/// <summary>
/// The one artifact type every stage shares: the archive, its manifest beside it, and the parsed manifest.
/// Build-Production makes it, Check-Build inspects it, and every deploy target takes it.
/// </summary>
/// <param name="ArchivePath">The absolute path of <c>&lt;name&gt;-&lt;version&gt;.tar.gz</c>.</param>
/// <param name="ManifestPath">The absolute path of <c>manifest.json</c>, in the same folder.</param>
/// <param name="Manifest">The manifest's content.</param>
public sealed record Artifact(string ArchivePath, string ManifestPath, ArtifactManifest Manifest)
{
    /// <summary>The manifest's file name beside the archive.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>The archive's file name for a name and version: <c>&lt;name&gt;-&lt;version&gt;.tar.gz</c>.</summary>
    public static string ArchiveFileName(string name, string version) => $"{name}-{version}.tar.gz";

    /// <summary>The version marker this artifact carries.</summary>
    public VersionMarker Marker => VersionMarker.For(Manifest);
}
