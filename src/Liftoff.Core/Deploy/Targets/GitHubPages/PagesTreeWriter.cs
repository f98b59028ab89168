using Liftoff.Artifacts;
using Liftoff.Records.RefStore;

namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>
/// Turns an artifact into a git tree with plumbing and a temporary index file (<c>GIT_INDEX_FILE</c>), so the user's
/// index and working tree are never read or written. Blobs go in with <c>hash-object -w --no-filters</c> (no
/// attributes, no CRLF conversion: the bytes deployed are the bytes built); git skips blobs and trees it already has,
/// so a deploy that changes one file writes one blob, the trees above it and the commit.
/// </summary>
internal sealed class PagesTreeWriter
{
    // Well under Linux's per-command limit, so batches never fail on a big site.
    private const int MaxArgumentChars = 64 * 1024;

    private readonly GitRunner _git;

    public PagesTreeWriter(GitRunner git) => _git = git;

    public async Task<string> WriteAsync(Artifact artifact, string? cname, bool noJekyll, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("liftoff-pages-");
        try
        {
            // The extractor checks the checksum, the manifest and zip slip before anything reaches git.
            var site = Path.Combine(work.FullName, "site");
            await ArtifactExtractor.ExtractAsync(artifact, site, cancellationToken).ConfigureAwait(false);
            await AddPagesFilesAsync(site, artifact.Marker, cname, noJekyll, cancellationToken).ConfigureAwait(false);

            var files = ListFiles(site);
            var ids = await HashAsync(files, cancellationToken).ConfigureAwait(false);
            var index = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GIT_INDEX_FILE"] = Path.Combine(work.FullName, "index") };
            await _git.RunCheckedAsync(["read-tree", "--empty"], cancellationToken, index).ConfigureAwait(false);
            var entries = files.Select((f, i) => $"{(f.Executable ? "100755" : "100644")},{ids[i]},{f.Path}").ToList();
            foreach (var batch in Batches(entries))
            {
                await _git.RunCheckedAsync(["update-index", "--add", .. batch.SelectMany(e => new[] { "--cacheinfo", e })], cancellationToken, index)
                    .ConfigureAwait(false);
            }

            return await _git.RunCheckedAsync(["write-tree"], cancellationToken, index).ConfigureAwait(false);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task AddPagesFilesAsync(string site, VersionMarker marker, string? cname, bool noJekyll, CancellationToken cancellationToken)
    {
        // The builder always packs the marker; an artifact made elsewhere may not, and validation needs it served.
        var markerPath = Path.Combine(site, VersionMarker.PathInArtifact);
        if (!File.Exists(markerPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(markerPath)!);
            await File.WriteAllBytesAsync(markerPath, ArtifactJson.Serialize(marker), cancellationToken).ConfigureAwait(false);
        }

        if (noJekyll)
        {
            await File.WriteAllBytesAsync(Path.Combine(site, ".nojekyll"), [], cancellationToken).ConfigureAwait(false);
        }

        if (cname is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(site, "CNAME"), cname + "\n", cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<(string Path, string FullPath, bool Executable)> ListFiles(string site) =>
        [.. new DirectoryInfo(site)
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (
                Path.GetRelativePath(site, f.FullName).Replace('\\', '/'),
                f.FullName,
                !OperatingSystem.IsWindows() && (f.UnixFileMode & UnixFileMode.UserExecute) != 0))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];

    private async Task<List<string>> HashAsync(List<(string Path, string FullPath, bool Executable)> files, CancellationToken cancellationToken)
    {
        var ids = new List<string>(files.Count);
        foreach (var batch in Batches(files.Select(f => f.FullPath).ToList()))
        {
            var output = await _git.RunCheckedAsync(["hash-object", "-w", "--no-filters", "--", .. batch], cancellationToken).ConfigureAwait(false);
            ids.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return ids.Count == files.Count
            ? ids
            : throw new InvalidOperationException($"git hash-object returned {ids.Count} ids for {files.Count} files");
    }

    private static IEnumerable<List<string>> Batches(List<string> arguments)
    {
        var batch = new List<string>();
        var length = 0;
        foreach (var argument in arguments)
        {
            if (batch.Count > 0 && length + argument.Length > MaxArgumentChars)
            {
                yield return batch;
                batch = [];
                length = 0;
            }

            batch.Add(argument);
            length += argument.Length + 16;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
