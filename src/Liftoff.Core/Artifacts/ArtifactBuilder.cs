using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// Packs a build output folder into the one artifact every environment receives:
/// <c>&lt;output&gt;/&lt;name&gt;-&lt;version&gt;.tar.gz</c> plus <c>&lt;output&gt;/manifest.json</c>, with the version
/// marker <c>.well-known/liftoff.json</c> added inside the archive.
/// </summary>
/// <remarks>
/// The archive is reproducible: the same files, name, version and commit give the same bytes, so rebuilding a
/// commit gives the same checksums. Only the manifest's <see cref="ArtifactManifest.BuiltAt"/> changes.
/// </remarks>
public sealed class ArtifactBuilder
{
    private readonly TimeProvider _time;

    /// <summary>Creates a builder that stamps manifests with <paramref name="time"/>.</summary>
    public ArtifactBuilder(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Builds the archive and its manifest, replacing any earlier ones of the same name and version.</summary>
    /// <param name="sourceDirectory">The build output folder to pack.</param>
    /// <param name="name">The artifact's name, for example <c>site</c>: letters, digits, <c>.</c>, <c>_</c>, <c>-</c>.</param>
    /// <param name="version">The version, for example <c>1.5.0</c>; same characters plus <c>+</c>.</param>
    /// <param name="commit">The commit built from.</param>
    /// <param name="outputDirectory">Where the archive and <c>manifest.json</c> go; created when missing.</param>
    /// <param name="cancellationToken">Stops the build; partial files are removed.</param>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.ArtifactSourceInvalid"/> for bad inputs.</exception>
    public async Task<Artifact> CreateAsync(
        string sourceDirectory, string name, string version, string commit, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceDirectory);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        RequireSafe("name", name);
        RequireSafe("version", version);
        if (string.IsNullOrWhiteSpace(commit) || commit.Any(char.IsWhiteSpace))
        {
            throw ArtifactSource.Invalid($"commit '{commit}' must be a non-empty sha without spaces");
        }

        var sources = ArtifactSource.Scan(Path.GetFullPath(sourceDirectory));
        var payload = new List<ManifestFile>(sources.Count);
        foreach (var source in sources)
        {
            var (sha256, size) = await Sha256Hex.OfFileAsync(source.FullPath, cancellationToken).ConfigureAwait(false);
            payload.Add(new ManifestFile(source.PathInArchive, size, sha256));
        }

        var contentSha256 = ContentHash.Compute(payload);
        var marker = new VersionMarker(name, version, commit, $"{name}-{version}", contentSha256);
        var markerBytes = ArtifactJson.Serialize(marker);
        var files = payload.Append(new ManifestFile(VersionMarker.PathInArtifact, markerBytes.Length, Sha256Hex.Of(markerBytes)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        UnixModes.CreateDirectory(Path.GetFullPath(outputDirectory));
        var archivePath = Path.Combine(Path.GetFullPath(outputDirectory), Artifact.ArchiveFileName(name, version));
        await ArchiveWriter.WriteAsync(archivePath, sources, markerBytes, cancellationToken).ConfigureAwait(false);
        var (archiveSha256, archiveSize) = await Sha256Hex.OfFileAsync(archivePath, cancellationToken).ConfigureAwait(false);

        var manifest = new ArtifactManifest
        {
            Name = name,
            Version = version,
            Commit = commit,
            BuiltAt = _time.GetUtcNow(),
            ContentSha256 = contentSha256,
            Archive = new ArchiveInfo(Path.GetFileName(archivePath), archiveSize, archiveSha256),
            Totals = new ManifestTotals(files.Count, files.Sum(f => f.Size)),
            Files = files,
        };
        var manifestPath = Path.Combine(Path.GetDirectoryName(archivePath)!, Artifact.ManifestFileName);
        await AtomicFile.WriteAsync(manifestPath, ArtifactJson.Serialize(manifest), cancellationToken).ConfigureAwait(false);
        return new Artifact(archivePath, manifestPath, manifest);
    }

    private static void RequireSafe(string what, string value)
    {
        // Both end up in file and folder names (the archive, releases/<version>-<sha>), so nothing that could climb.
        var ok = !string.IsNullOrEmpty(value) && value != "." && value != ".." && value[0] != '.'
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+');
        if (!ok)
        {
            throw ArtifactSource.Invalid($"{what} '{value}' may only use letters, digits, '.', '_', '-' and '+', and may not start with '.'");
        }
    }
}
