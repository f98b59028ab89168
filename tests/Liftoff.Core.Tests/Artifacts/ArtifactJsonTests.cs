using System.Text;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Core.Tests.Artifacts;

public sealed class ArtifactJsonTests
{
    private const string Sha = "3f9a1c2d4e5f60718293a4b5c6d7e8f9012345673f9a1c2d4e5f607182930000";

    [Test]
    public void ParseManifest_WrittenManifest_RoundTrips()
    {
        var manifest = Manifest();

        var parsed = ArtifactJson.ParseManifest(ArtifactJson.Serialize(manifest), "test");

        Assert.That(parsed with { Files = [] }, Is.EqualTo(manifest with { Files = [] }));
        Assert.That(parsed.Files, Is.EqualTo(manifest.Files));
    }

    [TestCase("not json", "cannot be used")]
    [TestCase("{\"schema\":2}", "cannot be used")]
    public void ParseManifest_Broken_FailsWithTheManifestCode(string json, string expected)
    {
        var error = Assert.Throws<LiftoffException>(() => ArtifactJson.ParseManifest(Encoding.UTF8.GetBytes(json), "out/manifest.json"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ArtifactManifestUnreadable));
        Assert.That(error.Message, Does.Contain("out/manifest.json").And.Contain(expected));
    }

    [Test]
    public void ParseManifest_UnknownSchema_SaysWhichSchema()
    {
        var json = ArtifactJson.Serialize(Manifest() with { Schema = 2 });

        var error = Assert.Throws<LiftoffException>(() => ArtifactJson.ParseManifest(json, "m.json"));

        Assert.That(error!.Message, Does.Contain("schema 2 is not supported"));
    }

    [Test]
    public void ParseManifest_BadChecksum_IsRejected()
    {
        var json = ArtifactJson.Serialize(Manifest() with { Files = [new ManifestFile("index.html", 3, "XYZ")] });

        var error = Assert.Throws<LiftoffException>(() => ArtifactJson.ParseManifest(json, "m.json"));

        Assert.That(error!.Message, Does.Contain("'index.html'"));
    }

    [Test]
    public void ContentHash_IgnoresTheMarkerAndTheOrder()
    {
        var a = new ManifestFile("a.txt", 1, Sha);
        var b = new ManifestFile("b.txt", 2, Sha);
        var marker = new ManifestFile(VersionMarker.PathInArtifact, 9, Sha);

        Assert.That(ContentHash.Compute([b, marker, a]), Is.EqualTo(ContentHash.Compute([a, b])));
        Assert.That(ContentHash.Compute([a]), Is.Not.EqualTo(ContentHash.Compute([a, b])));
    }

    private static ArtifactManifest Manifest() => new()
    {
        Name = "site",
        Version = "1.5.0",
        Commit = "3f9a1c2",
        BuiltAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        ContentSha256 = Sha,
        Archive = new ArchiveInfo("site-1.5.0.tar.gz", 1234, Sha),
        Totals = new ManifestTotals(1, 3),
        Files = [new ManifestFile("index.html", 3, Sha)],
    };
}
