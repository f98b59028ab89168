using Liftoff.Artifacts;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Core.Tests.Artifacts;

public sealed class ArtifactBuilderTests
{
    [Test]
    public async Task CreateAsync_Site_WritesArchiveAndManifestThatRoundTrip()
    {
        // Given
        using var folder = TempDirectory.Create("artifact");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");

        // When
        var opened = await ArtifactReader.OpenAsync(built.ManifestPath);

        // Then
        var manifest = opened.Manifest;
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(built.ArchivePath), Is.EqualTo("site-1.5.0.tar.gz"));
            Assert.That(Path.GetFileName(built.ManifestPath), Is.EqualTo("manifest.json"));
            Assert.That(Path.GetDirectoryName(built.ManifestPath), Is.EqualTo(Path.GetDirectoryName(built.ArchivePath)));
            Assert.That(opened.ArchivePath, Is.EqualTo(built.ArchivePath));
            Assert.That(manifest with { Files = [] }, Is.EqualTo(built.Manifest with { Files = [] }));
            Assert.That(manifest.Files, Is.EqualTo(built.Manifest.Files));
            Assert.That(manifest.Files.Select(f => f.Path), Is.EqualTo(new[]
            {
                ".well-known/liftoff.json", "assets/css/site.css", "bin/start.sh", "index.html",
            }));
            Assert.That(manifest.Totals, Is.EqualTo(new ManifestTotals(4, manifest.Files.Sum(f => f.Size))));
            Assert.That(manifest.BuiltAt, Is.EqualTo(ManualTime.At2026().GetUtcNow()));
            Assert.That(manifest.Commit, Is.EqualTo(SampleSite.Commit));
            Assert.That(manifest.ContentSha256, Is.EqualTo(ContentHash.Compute(manifest.Files)));
        });
    }

    [Test]
    public async Task CreateAsync_Manifest_IsCamelCaseJsonInAStableOrder()
    {
        using var folder = TempDirectory.Create("artifact");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");

        var json = await File.ReadAllTextAsync(built.ManifestPath);

        var keys = new[] { "\"schema\"", "\"name\"", "\"version\"", "\"commit\"", "\"builtAt\"", "\"contentSha256\"", "\"archive\"", "\"totals\"", "\"files\"" };
        var positions = keys.Select(k => json.IndexOf(k, StringComparison.Ordinal)).ToList();
        Assert.That(positions, Is.All.GreaterThanOrEqualTo(0), json);
        Assert.That(positions, Is.Ordered, json);
        Assert.That(json, Does.Not.Contain("\r"));
    }

    [Test]
    public async Task CreateAsync_SameInputsTwice_GivesIdenticalArchiveAndFileChecksums()
    {
        // Given two builds of the same files, at different times, from different source folders
        using var folder = TempDirectory.Create("artifact");
        var time = ManualTime.At2026();
        var first = await new ArtifactBuilder(time).CreateAsync(SampleSite.Write(folder, "1.5.0", "a"), "site", "1.5.0", SampleSite.Commit, folder.Combine("out-a"));
        time.Advance(TimeSpan.FromHours(3));
        await Task.Delay(1100); // so file system times differ too
        var second = await new ArtifactBuilder(time).CreateAsync(SampleSite.Write(folder, "1.5.0", "b"), "site", "1.5.0", SampleSite.Commit, folder.Combine("out-b"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(second.Manifest.Archive.Sha256, Is.EqualTo(first.Manifest.Archive.Sha256));
            Assert.That(second.Manifest.Files, Is.EqualTo(first.Manifest.Files));
            Assert.That(second.Manifest.ContentSha256, Is.EqualTo(first.Manifest.ContentSha256));
            Assert.That(second.Manifest.BuiltAt, Is.Not.EqualTo(first.Manifest.BuiltAt));
        });
    }

    [Test]
    public async Task CreateAsync_ContentChanges_ChangesTheIdentity()
    {
        using var folder = TempDirectory.Create("artifact");
        var first = await SampleSite.BuildAsync(folder, "1.5.0");
        File.AppendAllText(folder.Combine("src-1.5.0", "assets", "css", "site.css"), "/* changed */\n");

        var second = await new ArtifactBuilder(ManualTime.At2026())
            .CreateAsync(folder.Combine("src-1.5.0"), "site", "1.5.0", SampleSite.Commit, folder.Combine("out-changed"));

        Assert.That(second.Manifest.ContentSha256, Is.Not.EqualTo(first.Manifest.ContentSha256));
    }

    [Test]
    public async Task CreateAsync_Archive_HoldsTheVersionMarkerWithTheContentIdentity()
    {
        using var folder = TempDirectory.Create("artifact");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");
        var target = folder.Combine("extracted");

        await ArtifactExtractor.ExtractAsync(built, target);

        var marker = ArtifactJson.TryParseMarker(File.ReadAllBytes(Path.Combine(target, ".well-known", "liftoff.json")));
        Assert.That(marker, Is.EqualTo(new VersionMarker("site", "1.5.0", SampleSite.Commit, "site-1.5.0", built.Manifest.ContentSha256)));
    }

    [Test]
    public async Task CreateAsync_Archive_IsReadableBySystemTarWithNormalisedOwnersAndModes()
    {
        using var folder = TempDirectory.Create("artifact");
        var built = await SampleSite.BuildAsync(folder, "1.5.0");

        var listing = await ProcessRunner.RunAsync("tar", ["--numeric-owner", "-tvzf", built.ArchivePath]);

        Assert.That(listing.Succeeded, Is.True, listing.ToString());
        Assert.That(listing.StdOut, Does.Contain("-rw-r--r-- 0/0").And.Contain("-rwxr-xr-x 0/0").And.Contain("drwxr-xr-x 0/0"));
        Assert.That(listing.StdOut, Does.Contain("1980-01-01").And.Contain(".well-known/liftoff.json"));
        Assert.That(listing.StdOut, Does.Not.Contain("PaxHeaders"), "pax header names embed the process id");
    }

    [Test]
    public void CreateAsync_SourceWithSymlink_IsRefused()
    {
        using var folder = TempDirectory.Create("artifact");
        var source = SampleSite.Write(folder, "1.5.0");
        File.CreateSymbolicLink(Path.Combine(source, "passwd"), "/etc/passwd");

        var error = Assert.ThrowsAsync<Liftoff.Diagnostics.LiftoffException>(() =>
            new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", "1.5.0", SampleSite.Commit, folder.Combine("out")));

        Assert.That(error!.Code, Is.EqualTo("LIFTOFF0501"));
        Assert.That(error.Message, Does.Contain("'passwd'").And.Contain("symbolic link"));
    }

    [Test]
    public async Task CreateAsync_LongNestedPath_RoundTrips()
    {
        using var folder = TempDirectory.Create("artifact");
        var source = SampleSite.Write(folder, "1.5.0");
        var longPath = string.Join('/', Enumerable.Repeat("nested-folder", 10)) + "/" + new string('f', 90) + ".js";
        folder.WriteFile("site/" + longPath, "deep\n");

        var built = await new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", "1.5.0", SampleSite.Commit, folder.Combine("out"));
        await ArtifactExtractor.ExtractAsync(built, folder.Combine("release"));

        Assert.That(File.ReadAllText(folder.Combine("release", longPath)), Is.EqualTo("deep\n"));
    }

    [Test]
    public void CreateAsync_PathTooLongForUstar_IsRefusedNamingIt()
    {
        using var folder = TempDirectory.Create("artifact");
        var source = SampleSite.Write(folder, "1.5.0");
        var tooLong = new string('d', 200) + "/" + new string('f', 120) + ".js";
        folder.WriteFile("site/" + tooLong, "x");

        var error = Assert.ThrowsAsync<Liftoff.Diagnostics.LiftoffException>(() =>
            new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", "1.5.0", SampleSite.Commit, folder.Combine("out")));

        Assert.That(error!.Code, Is.EqualTo("LIFTOFF0501"));
        Assert.That(error.Message, Does.Contain(new string('d', 200)).And.Contain("ustar"));
        Assert.That(Directory.GetFiles(folder.Combine("out")), Is.Empty, "no partial archive is left behind");
    }

    [TestCase("../site")]
    [TestCase(".hidden")]
    [TestCase("a/b")]
    public void CreateAsync_UnsafeVersion_IsRefused(string version)
    {
        using var folder = TempDirectory.Create("artifact");
        var source = SampleSite.Write(folder, "1.5.0");

        var error = Assert.ThrowsAsync<Liftoff.Diagnostics.LiftoffException>(() =>
            new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", version, SampleSite.Commit, folder.Combine("out")));

        Assert.That(error!.Code, Is.EqualTo("LIFTOFF0501"));
        Assert.That(Directory.Exists(folder.Combine("out")), Is.False);
    }
}
