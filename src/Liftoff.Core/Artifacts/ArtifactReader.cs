using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>Opens an artifact from its manifest and proves the archive is the one the manifest describes.</summary>
public static class ArtifactReader
{
    /// <summary>
    /// Reads <paramref name="manifestPath"/>, finds the archive it names in the same folder, and checks the
    /// archive's size and sha256.
    /// </summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.ArtifactManifestUnreadable"/> for a bad manifest or a missing archive;
    /// <see cref="DiagnosticCodes.ArtifactChecksumMismatch"/> when the archive is not the one built.
    /// </exception>
    public static async Task<Artifact> OpenAsync(string manifestPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var fullManifestPath = Path.GetFullPath(manifestPath);
        var manifest = await ArtifactJson.ReadManifestAsync(fullManifestPath, cancellationToken).ConfigureAwait(false);
        if (manifest.Archive.FileName != Path.GetFileName(manifest.Archive.FileName))
        {
            throw new LiftoffException(DiagnosticCodes.ArtifactManifestUnreadable, ExitCodes.TaskFailed,
                $"the artifact manifest {fullManifestPath} names archive '{manifest.Archive.FileName}', which is not a plain file name");
        }

        var archivePath = Path.Combine(Path.GetDirectoryName(fullManifestPath)!, manifest.Archive.FileName);
        if (!File.Exists(archivePath))
        {
            throw new LiftoffException(DiagnosticCodes.ArtifactManifestUnreadable, ExitCodes.TaskFailed,
                $"the archive {archivePath} named by {fullManifestPath} does not exist");
        }

        await VerifyChecksumAsync(archivePath, manifest, cancellationToken).ConfigureAwait(false);
        return new Artifact(archivePath, fullManifestPath, manifest);
    }

    /// <summary>Checks the archive's sha256 against the manifest.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.ArtifactChecksumMismatch"/> on any difference.</exception>
    public static async Task VerifyChecksumAsync(string archivePath, ArtifactManifest manifest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archivePath);
        ArgumentNullException.ThrowIfNull(manifest);
        var (sha256, _) = await Sha256Hex.OfFileAsync(archivePath, cancellationToken).ConfigureAwait(false);
        if (sha256 != manifest.Archive.Sha256)
        {
            throw new LiftoffException(DiagnosticCodes.ArtifactChecksumMismatch, ExitCodes.TaskFailed,
                $"{archivePath} has sha256 {sha256}, but its manifest records {manifest.Archive.Sha256} for {manifest.Identity}; " +
                "the archive was changed or damaged after the build");
        }
    }
}
