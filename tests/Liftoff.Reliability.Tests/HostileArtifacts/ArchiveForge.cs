using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Liftoff.Artifacts;

namespace Liftoff.Reliability.Tests.HostileArtifacts;

/// <summary>
/// Forges an artifact the way an attacker (or a broken tool) could: a tar.gz with whatever entries it likes, and a
/// manifest that lists its regular files with their true sizes and hashes and the archive's true sha256, so the
/// artifact passes every checksum and only the entries themselves can give it away. A forged artifact without a
/// hostile entry deploys, which proves the forging is right.
/// </summary>
public static class ArchiveForge
{
    /// <summary>One entry: its type, name, link target, content, and device numbers.</summary>
    public sealed record Entry(TarEntryType Type, string Name, string? LinkName = null, string Content = "pwned\n")
    {
        public int DeviceMajor { get; init; }

        public int DeviceMinor { get; init; }
    }

    /// <summary>Writes <c>site-&lt;version&gt;.tar.gz</c> and its manifest into <paramref name="folder"/>; returns the manifest's path.</summary>
    public static async Task<string> WriteAsync(string folder, string version, string commit, params Entry[] hostile)
    {
        Directory.CreateDirectory(folder);
        var files = new List<(string Path, byte[] Content)>
        {
            ("index.html", Encoding.UTF8.GetBytes($"<p>{Support.SiteArtifacts.VersionPrefix}{version}</p>\n")),
        };
        files.AddRange(hostile.Where(e => e.Type == TarEntryType.RegularFile).Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))));
        var payload = files.Select(f => new ManifestFile(f.Path, f.Content.Length, Convert.ToHexStringLower(SHA256.HashData(f.Content)))).ToList();
        var contentSha256 = ContentHash.Compute(payload);
        var marker = ArtifactJson.Serialize(new VersionMarker("site", version, commit, $"site-{version}", contentSha256));
        var listed = payload.Append(new ManifestFile(VersionMarker.PathInArtifact, marker.Length, Convert.ToHexStringLower(SHA256.HashData(marker))))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        var archivePath = Path.Combine(folder, Artifact.ArchiveFileName("site", version));
        await using (var file = File.Create(archivePath))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var tar = new TarWriter(gzip, TarEntryFormat.Gnu))
        {
            // Harmless entries first: a hostile one later must still stop everything.
            await tar.WriteEntryAsync(Regular(files[0].Path, files[0].Content));
            await tar.WriteEntryAsync(Regular(VersionMarker.PathInArtifact, marker));
            foreach (var entry in hostile)
            {
                var tarEntry = entry.Type == TarEntryType.RegularFile
                    ? Regular(entry.Name, Encoding.UTF8.GetBytes(entry.Content))
                    : new GnuTarEntry(entry.Type, entry.Name);
                if (entry.LinkName is not null)
                {
                    tarEntry.LinkName = entry.LinkName;
                }

                if (entry.Type is TarEntryType.CharacterDevice or TarEntryType.BlockDevice)
                {
                    tarEntry.DeviceMajor = entry.DeviceMajor;
                    tarEntry.DeviceMinor = entry.DeviceMinor;
                }

                await tar.WriteEntryAsync(tarEntry);
            }
        }

        var archive = await File.ReadAllBytesAsync(archivePath);
        var manifest = new ArtifactManifest
        {
            Name = "site",
            Version = version,
            Commit = commit,
            BuiltAt = DateTimeOffset.UnixEpoch,
            ContentSha256 = contentSha256,
            Archive = new ArchiveInfo(Path.GetFileName(archivePath), archive.Length, Convert.ToHexStringLower(SHA256.HashData(archive))),
            Totals = new ManifestTotals(listed.Count, listed.Sum(f => f.Size)),
            Files = listed,
        };
        var manifestPath = Path.Combine(folder, Artifact.ManifestFileName);
        await File.WriteAllBytesAsync(manifestPath, ArtifactJson.Serialize(manifest));
        return manifestPath;
    }

    private static GnuTarEntry Regular(string name, byte[] content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) };
}
