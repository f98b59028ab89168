using Liftoff.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Artifacts;

public sealed class ArtifactExtractorTests
{
    [Test]
    public async Task ExtractAsync_GoodArtifact_WritesEveryFileWorldReadable()
    {
        using var folder = TempDirectory.Create("extract");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");
        var target = folder.Combine("release");

        await ArtifactExtractor.ExtractAsync(built.ArchivePath, built.Manifest, target);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(target, "index.html")), Is.EqualTo(File.ReadAllText(folder.Combine("src-1.5.0", "index.html"))));
            Assert.That(Mode(target), Is.EqualTo("755"));
            Assert.That(Mode(Path.Combine(target, "assets", "css")), Is.EqualTo("755"));
            Assert.That(Mode(Path.Combine(target, "index.html")), Is.EqualTo("644"));
            Assert.That(Mode(Path.Combine(target, "bin", "start.sh")), Is.EqualTo("755"));
            Assert.That(Mode(Path.Combine(target, ".well-known", "liftoff.json")), Is.EqualTo("644"));
        });
    }

    [Test]
    public async Task OpenAsync_TamperedArchive_FailsTheChecksum()
    {
        // Given an archive changed after the build
        using var folder = TempDirectory.Create("extract");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");
        var bytes = await File.ReadAllBytesAsync(built.ArchivePath);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(built.ArchivePath, bytes);
        var target = folder.Combine("release");

        // When / Then
        var open = Assert.ThrowsAsync<LiftoffException>(() => ArtifactReader.OpenAsync(built.ManifestPath));
        var extract = Assert.ThrowsAsync<LiftoffException>(() => ArtifactExtractor.ExtractAsync(built, target));
        Assert.Multiple(() =>
        {
            Assert.That(open!.Code, Is.EqualTo(DiagnosticCodes.ArtifactChecksumMismatch));
            Assert.That(open.Message, Does.Contain(built.Manifest.Archive.Sha256).And.Contain("changed or damaged"));
            Assert.That(extract!.Code, Is.EqualTo(DiagnosticCodes.ArtifactChecksumMismatch));
            Assert.That(Directory.Exists(target), Is.False);
        });
    }

    [Test]
    public async Task ExtractAsync_FileDiffersFromManifest_FailsAndRemovesThePartialRelease()
    {
        // Given a consistent archive whose manifest claims other content for one file
        using var folder = TempDirectory.Create("extract");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");
        var files = built.Manifest.Files.Select(f => f.Path == "index.html" ? f with { Sha256 = new string('0', 64) } : f).ToList();
        var target = folder.Combine("release");

        var error = Assert.ThrowsAsync<LiftoffException>(() =>
            ArtifactExtractor.ExtractAsync(built.ArchivePath, built.Manifest with { Files = files }, target));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ArtifactContentMismatch));
        Assert.That(error.Message, Does.Contain("'index.html'"));
        Assert.That(Directory.Exists(target), Is.False);
    }

    [Test]
    public async Task ExtractAsync_FileMissingFromManifest_FailsBeforeWriting()
    {
        using var folder = TempDirectory.Create("extract");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");
        var files = built.Manifest.Files.Where(f => f.Path != "bin/start.sh").ToList();
        var target = folder.Combine("release");

        var error = Assert.ThrowsAsync<LiftoffException>(() =>
            ArtifactExtractor.ExtractAsync(built.ArchivePath, built.Manifest with { Files = files }, target));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ArtifactContentMismatch));
        Assert.That(error.Message, Does.Contain("not in the manifest [bin/start.sh]"));
        Assert.That(Directory.Exists(target), Is.False);
    }

    private static string Mode(string path) => OperatingSystem.IsWindows() ? "n/a" : Convert.ToString((int)File.GetUnixFileMode(path), 8);
}
