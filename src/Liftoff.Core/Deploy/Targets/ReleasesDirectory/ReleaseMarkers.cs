using Liftoff.Artifacts;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>Reads and writes the version marker of a release folder.</summary>
internal static class ReleaseMarkers
{
    public static string PathIn(string releaseDirectory) =>
        Path.Combine(releaseDirectory, VersionMarker.PathInArtifact.Replace('/', Path.DirectorySeparatorChar));

    public static async Task<VersionMarker?> ReadAsync(string releaseDirectory, CancellationToken cancellationToken)
    {
        var path = PathIn(releaseDirectory);
        return File.Exists(path)
            ? ArtifactJson.TryParseMarker(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false))
            : null;
    }

    public static async Task WriteAsync(string releaseDirectory, VersionMarker marker, CancellationToken cancellationToken)
    {
        var path = PathIn(releaseDirectory);
        UnixModes.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, ArtifactJson.Serialize(marker), cancellationToken).ConfigureAwait(false);
        UnixModes.Set(path, UnixModes.File);
    }
}
