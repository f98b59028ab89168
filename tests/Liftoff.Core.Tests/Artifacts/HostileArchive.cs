using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Liftoff.Artifacts;

namespace Liftoff.Core.Tests.Artifacts;

/// <summary>
/// Hand-made archives an attacker (or a broken tool) could produce, with a manifest whose archive checksum
/// matches, so the test reaches the zip-slip rules rather than stopping at the checksum.
/// </summary>
internal static class HostileArchive
{
    public sealed record Entry(TarEntryType Type, string Name, string? LinkName = null, string Content = "pwned\n");

    public static async Task<ArtifactManifest> WriteAsync(string archivePath, params Entry[] entries)
    {
        var good = Encoding.UTF8.GetBytes("<p>fine</p>\n");
        using (var file = File.Create(archivePath))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Gnu))
        {
            // A harmless file first, to prove that nothing is written when a later entry is bad.
            tar.WriteEntry(new GnuTarEntry(TarEntryType.RegularFile, "index.html") { DataStream = new MemoryStream(good) });
            foreach (var entry in entries)
            {
                var tarEntry = new GnuTarEntry(entry.Type, entry.Name);
                if (entry.LinkName is not null)
                {
                    tarEntry.LinkName = entry.LinkName;
                }

                if (entry.Type == TarEntryType.RegularFile)
                {
                    tarEntry.DataStream = new MemoryStream(Encoding.UTF8.GetBytes(entry.Content));
                }

                tar.WriteEntry(tarEntry);
            }
        }

        var files = new[] { new ManifestFile("index.html", good.Length, Convert.ToHexStringLower(SHA256.HashData(good))) };
        var archive = await File.ReadAllBytesAsync(archivePath);
        return new ArtifactManifest
        {
            Name = "evil",
            Version = "6.6.6",
            Commit = "0000000",
            BuiltAt = DateTimeOffset.UnixEpoch,
            ContentSha256 = ContentHash.Compute(files),
            Archive = new ArchiveInfo(Path.GetFileName(archivePath), archive.Length, Convert.ToHexStringLower(SHA256.HashData(archive))),
            Totals = new ManifestTotals(files.Length, good.Length),
            Files = files,
        };
    }
}
