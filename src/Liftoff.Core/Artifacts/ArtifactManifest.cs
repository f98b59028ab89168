namespace Liftoff.Artifacts;

/// <summary>
/// What <c>manifest.json</c> holds: which build this is, the archive's checksum, and every file with its size and
/// sha256, sorted by path (ordinal) so the same build always writes the same list.
/// </summary>
/// <remarks>
/// Two checksums, on purpose. <see cref="ArchiveInfo.Sha256"/> identifies the archive file and is what promotion
/// matches on. <see cref="ContentSha256"/> identifies the content and is the artifact identity written into the
/// version marker inside the archive: the marker cannot hold the hash of the archive that contains it. See
/// <see cref="ContentHash"/> for how it is computed.
/// </remarks>
public sealed record ArtifactManifest
{
    /// <summary>The manifest format's version; readers reject formats they do not know.</summary>
    public const int CurrentSchema = 1;

    /// <summary>The manifest format's version, <see cref="CurrentSchema"/>.</summary>
    public int Schema { get; init; } = CurrentSchema;

    /// <summary>The artifact's name, for example <c>site</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The version it was built as, for example <c>1.5.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The commit it was built from (the full sha).</summary>
    public required string Commit { get; init; }

    /// <summary>When it was built. Kept here only: the archive itself holds no build time, so it stays reproducible.</summary>
    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>The artifact identity: the sha256 over the payload's file list (see <see cref="ContentHash"/>).</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The archive this manifest describes.</summary>
    public required ArchiveInfo Archive { get; init; }

    /// <summary>The totals over <see cref="Files"/>.</summary>
    public required ManifestTotals Totals { get; init; }

    /// <summary>Every file in the archive, the version marker included, sorted by path (ordinal).</summary>
    public required IReadOnlyList<ManifestFile> Files { get; init; }

    /// <summary><c>&lt;name&gt;-&lt;version&gt;</c>, the archive's name without its extension.</summary>
    public string Identity => $"{Name}-{Version}";
}
