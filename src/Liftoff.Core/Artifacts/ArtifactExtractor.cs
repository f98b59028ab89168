using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// Unpacks an artifact into a fresh folder, safely. In order: the archive's sha256 must match the manifest; a first
/// pass checks every entry (zip slip, links, duplicates) and that the archive's files are exactly the manifest's,
/// before anything is written; a second pass writes the files (0644/0755, folders 0755) and checks each one's size
/// and sha256 as it is written.
/// </summary>
public static class ArtifactExtractor
{
    /// <summary>Extracts <paramref name="archivePath"/> into <paramref name="targetDirectory"/>, which must be missing or empty.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.ArtifactChecksumMismatch"/>, <see cref="DiagnosticCodes.ArtifactUnsafeEntry"/> or
    /// <see cref="DiagnosticCodes.ArtifactContentMismatch"/>. Nothing is written for the first two; for the last, the
    /// partly written target folder is removed.
    /// </exception>
    public static async Task ExtractAsync(
        string archivePath, ArtifactManifest manifest, string targetDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archivePath);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(targetDirectory);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new ArgumentException($"the target folder {target} must be missing or empty", nameof(targetDirectory));
        }

        await ArtifactReader.VerifyChecksumAsync(archivePath, manifest, cancellationToken).ConfigureAwait(false);
        var expected = manifest.Files.ToDictionary(f => EntryPathGuard.Normalise(f.Path), StringComparer.Ordinal);
        await CheckEntriesAsync(archivePath, expected, target, cancellationToken).ConfigureAwait(false);

        var created = !Directory.Exists(target);
        try
        {
            UnixModes.CreateDirectory(target);
            await WriteEntriesAsync(archivePath, expected, target, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A half-written release must never be mistaken for a good one.
            if (created)
            {
                Directory.Delete(target, recursive: true);
            }

            throw;
        }
    }

    /// <summary>Extracts an artifact; see <see cref="ExtractAsync(string, ArtifactManifest, string, CancellationToken)"/>.</summary>
    public static Task ExtractAsync(Artifact artifact, string targetDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        return ExtractAsync(artifact.ArchivePath, artifact.Manifest, targetDirectory, cancellationToken);
    }

    private static async Task CheckEntriesAsync(
        string archivePath, Dictionary<string, ManifestFile> expected, string target, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        await ForEachEntryAsync(archivePath, (entry, _) =>
        {
            var path = EntryPathGuard.Check(entry, target);
            if (!seen.Add(path))
            {
                throw EntryPathGuard.Unsafe($"entry '{entry.Name}' appears more than once in the archive");
            }

            if (entry.EntryType is not TarEntryType.Directory)
            {
                files.Add(path);
            }

            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        var extra = files.Where(f => !expected.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
        var missing = expected.Keys.Where(f => !files.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0 || missing.Count > 0)
        {
            throw Mismatch($"{archivePath} does not hold the manifest's files: " +
                $"not in the manifest [{string.Join(", ", extra)}], missing from the archive [{string.Join(", ", missing)}]");
        }
    }

    private static Task WriteEntriesAsync(
        string archivePath, Dictionary<string, ManifestFile> expected, string target, CancellationToken cancellationToken) =>
        ForEachEntryAsync(archivePath, (entry, token) =>
        {
            var path = EntryPathGuard.Check(entry, target);
            var fullPath = Path.Combine(target, path);
            if (entry.EntryType is TarEntryType.Directory)
            {
                UnixModes.CreateDirectory(fullPath);
                return Task.CompletedTask;
            }

            UnixModes.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            var mode = UnixModes.ForFile(entry.Mode);
            var (sha256, size) = WriteFile(entry, fullPath, token);
            UnixModes.Set(fullPath, mode);
            File.SetLastWriteTimeUtc(fullPath, entry.ModificationTime.UtcDateTime);
            var listed = expected[path];
            if (sha256 != listed.Sha256 || size != listed.Size)
            {
                throw Mismatch($"'{path}' has {size} bytes and sha256 {sha256}, but the manifest records {listed.Size} bytes and {listed.Sha256}");
            }

            return Task.CompletedTask;
        }, cancellationToken);

    // Synchronous on purpose. A site is many small files, and on Linux asynchronous file I/O is a hop to the thread pool
    // per file: on a busy machine those hops, not the bytes, made unpacking 5,000 files take seconds (bench/ row B5).
    private static (string Sha256, long Size) WriteFile(TarEntry entry, string fullPath, CancellationToken cancellationToken)
    {
        // CreateNew: never write through something already there, whatever it is.
        using var output = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.None);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (entry.DataStream is { } data)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = data.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
                output.Write(buffer, 0, read);
            }
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), output.Length);
    }

    private static async Task ForEachEntryAsync(
        string archivePath, Func<TarEntry, CancellationToken, Task> visit, CancellationToken cancellationToken)
    {
        // A large buffer, so that the decompressor's reads are served from memory instead of one thread-pool hop each.
        var file = new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using (gzip.ConfigureAwait(false))
            {
                var reader = new TarReader(gzip);
                await using (reader.ConfigureAwait(false))
                {
                    try
                    {
                        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                        {
                            await visit(entry, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    catch (Exception error) when (error is InvalidDataException or FormatException)
                    {
                        throw Mismatch($"{archivePath} is not a readable tar.gz: {error.Message}", error);
                    }
                }
            }
        }
    }

    private static LiftoffException Mismatch(string message, Exception? inner = null) =>
        inner is null
            ? new LiftoffException(DiagnosticCodes.ArtifactContentMismatch, ExitCodes.TaskFailed, message)
            : new LiftoffException(DiagnosticCodes.ArtifactContentMismatch, ExitCodes.TaskFailed, message, inner);
}
