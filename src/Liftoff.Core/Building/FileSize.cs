using System.Globalization;
using System.IO.Compression;
using Liftoff.Artifacts;

namespace Liftoff.Building;

/// <summary>One file's size in an artifact, raw and gzipped (as a web server would send it).</summary>
/// <param name="Path">The path inside the artifact.</param>
/// <param name="Raw">Bytes as stored.</param>
/// <param name="Gzip">Bytes once gzipped at the smallest-size level.</param>
public sealed record FileSize(string Path, long Raw, long Gzip)
{
    /// <summary>Measures every payload file of an extracted artifact; the version marker is Liftoff's, so it is left out.</summary>
    public static async Task<IReadOnlyList<FileSize>> MeasureAsync(string folder, ArtifactManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var sizes = new List<FileSize>();
        foreach (var file in manifest.Files.Where(file => file.Path != VersionMarker.PathInArtifact))
        {
            sizes.Add(new FileSize(file.Path, file.Size, await GzipSizeAsync(System.IO.Path.Combine(folder, file.Path), cancellationToken).ConfigureAwait(false)));
        }

        return sizes;
    }

    /// <summary>Formats a size for people: <c>512 B</c>, <c>285 KB</c>, <c>1.4 MB</c> (1 KB = 1024 bytes).</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    private static async Task<long> GzipSizeAsync(string path, CancellationToken cancellationToken)
    {
        var counter = new CountingStream();
        var input = File.OpenRead(path);
        await using (input.ConfigureAwait(false))
        {
            var gzip = new GZipStream(counter, CompressionLevel.SmallestSize, leaveOpen: true);
            await using (gzip.ConfigureAwait(false))
            {
                await input.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
            }
        }

        return counter.Length;
    }
}
