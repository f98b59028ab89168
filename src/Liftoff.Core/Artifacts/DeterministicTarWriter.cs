using System.Formats.Tar;
using System.IO.Compression;
using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// Writes a tar.gz whose bytes depend on the content only: ustar entries (no pax headers, whose names embed the
/// process id), one fixed mtime, uid/gid 0 with no user names, modes 0755/0644, and entries in the order given.
/// The gzip header from .NET carries no time or file name.
/// </summary>
internal sealed class DeterministicTarWriter : IAsyncDisposable
{
    /// <summary>The mtime of every entry: 1980-01-01, as NuGet and reproducible zip tools use, rather than 1970's 0 which some tools treat as missing.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly GZipStream _gzip;
    private readonly TarWriter _tar;

    public DeterministicTarWriter(Stream destination)
    {
        _gzip = new GZipStream(destination, CompressionLevel.Optimal, leaveOpen: true);
        _tar = new TarWriter(_gzip, TarEntryFormat.Ustar, leaveOpen: true);
    }

    public Task AddDirectoryAsync(string path, CancellationToken cancellationToken) =>
        WriteAsync(Entry(TarEntryType.Directory, path + "/", UnixModes.Directory), cancellationToken);

    public Task AddFileAsync(string path, Stream content, bool executable, CancellationToken cancellationToken)
    {
        var entry = Entry(TarEntryType.RegularFile, path, executable ? UnixModes.Executable : UnixModes.File);
        entry.DataStream = content;
        return WriteAsync(entry, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _tar.DisposeAsync().ConfigureAwait(false);
        await _gzip.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteAsync(UstarTarEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _tar.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException error)
        {
            throw TooLong(entry.Name, error);
        }
    }

    private static LiftoffException TooLong(string path, ArgumentException error) =>
        new(DiagnosticCodes.ArtifactSourceInvalid, ExitCodes.TaskFailed,
            $"'{path}' cannot be stored in a ustar archive (at most 100 characters for the name and 155 for its folder): {error.Message}", error);

    private static UstarTarEntry Entry(TarEntryType type, string path, UnixFileMode mode)
    {
        try
        {
            return new UstarTarEntry(type, path)
            {
                ModificationTime = EntryTime,
                Mode = mode,
                Uid = 0,
                Gid = 0,
            };
        }
        catch (ArgumentException error)
        {
            throw TooLong(path, error);
        }
    }
}
