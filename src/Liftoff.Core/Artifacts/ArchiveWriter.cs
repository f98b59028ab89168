namespace Liftoff.Artifacts;

/// <summary>Writes the archive: folders and files in ordinal path order, each folder before its contents.</summary>
internal static class ArchiveWriter
{
    public static async Task WriteAsync(
        string archivePath, IReadOnlyList<SourceFile> sources, byte[] markerBytes, CancellationToken cancellationToken)
    {
        // A null source is the version marker, whose bytes are in memory.
        var files = sources.Select(s => new Entry(s.PathInArchive, s, IsDirectory: false))
            .Append(new Entry(VersionMarker.PathInArtifact, null, IsDirectory: false))
            .ToList();
        var directories = files.SelectMany(e => Parents(e.Path)).Distinct(StringComparer.Ordinal)
            .Select(d => new Entry(d, null, IsDirectory: true));
        var ordered = files.Concat(directories).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

        await AtomicFile.WriteAsync(archivePath, async (stream, token) =>
        {
            var tar = new DeterministicTarWriter(stream);
            await using (tar.ConfigureAwait(false))
            {
                foreach (var entry in ordered)
                {
                    if (entry.IsDirectory)
                    {
                        await tar.AddDirectoryAsync(entry.Path, token).ConfigureAwait(false);
                    }
                    else if (entry.Source is { } source)
                    {
                        var content = File.OpenRead(source.FullPath);
                        await using (content.ConfigureAwait(false))
                        {
                            await tar.AddFileAsync(entry.Path, content, source.Executable, token).ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        using var marker = new MemoryStream(markerBytes, writable: false);
                        await tar.AddFileAsync(entry.Path, marker, executable: false, token).ConfigureAwait(false);
                    }
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Entry(string Path, SourceFile? Source, bool IsDirectory);

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
