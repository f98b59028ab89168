using System.Formats.Tar;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Artifacts;

/// <summary>Every way out of the target is refused before anything at all is written, with a message that says why.</summary>
public sealed class ZipSlipTests
{
    private TempDirectory _folder = null!;
    private string _target = null!;
    private string _outside = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = TempDirectory.Create("zipslip");
        _target = _folder.Combine("releases", "1");
        _outside = _folder.Combine("outside");
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public Task ExtractAsync_DotDotEntry_IsRejected() =>
        AssertRejectedAsync("contains '..'", new HostileArchive.Entry(TarEntryType.RegularFile, "../../outside/x"));

    [Test]
    public Task ExtractAsync_DotDotInTheMiddle_IsRejected() =>
        AssertRejectedAsync("contains '..'", new HostileArchive.Entry(TarEntryType.RegularFile, "assets/../../../outside/x"));

    [Test]
    public Task ExtractAsync_AbsoluteEtcEntry_IsRejected() =>
        AssertRejectedAsync("absolute path", new HostileArchive.Entry(TarEntryType.RegularFile, "/etc/liftoff-zip-slip-test"));

    [Test]
    public Task ExtractAsync_AbsoluteEntryIntoTheSandbox_IsRejected() =>
        AssertRejectedAsync("absolute path", new HostileArchive.Entry(TarEntryType.RegularFile, Path.Combine(_outside, "x")));

    [Test]
    public Task ExtractAsync_SymlinkToEtcThenAFileThroughIt_IsRejected() =>
        AssertRejectedAsync(
            "symbolic link to '/etc', which points outside the release",
            new HostileArchive.Entry(TarEntryType.SymbolicLink, "etc", LinkName: "/etc"),
            new HostileArchive.Entry(TarEntryType.RegularFile, "etc/liftoff-zip-slip-test"));

    [Test]
    public Task ExtractAsync_RelativeSymlinkClimbingOut_IsRejected() =>
        AssertRejectedAsync(
            "symbolic link to '../../outside', which points outside the release",
            new HostileArchive.Entry(TarEntryType.SymbolicLink, "up", LinkName: "../../outside"));

    [Test]
    public Task ExtractAsync_HardlinkOutside_IsRejected() =>
        AssertRejectedAsync(
            "hard link to '../../outside/secret', which points outside the release",
            new HostileArchive.Entry(TarEntryType.HardLink, "h", LinkName: "../../outside/secret"));

    [Test]
    public Task ExtractAsync_HardlinkToEtcPasswd_IsRejected() =>
        AssertRejectedAsync(
            "hard link to '/etc/passwd', which points outside the release",
            new HostileArchive.Entry(TarEntryType.HardLink, "passwd", LinkName: "/etc/passwd"));

    [Test]
    public Task ExtractAsync_SymlinkInside_IsStillRejected() =>
        AssertRejectedAsync("an artifact holds no links", new HostileArchive.Entry(TarEntryType.SymbolicLink, "home.html", LinkName: "index.html"));

    [Test]
    public Task ExtractAsync_NameLongerThanTheFileSystemAllows_IsRejectedBeforeWriting() =>
        AssertRejectedAsync("longer than the 255 a file system allows", new HostileArchive.Entry(TarEntryType.RegularFile, "assets/" + new string('n', 300) + ".js"));

    [Test]
    public Task ExtractAsync_PathLongerThanPathMax_IsRejectedBeforeWriting() =>
        AssertRejectedAsync("longer than the 4095 the system allows",
            new HostileArchive.Entry(TarEntryType.RegularFile, string.Join('/', Enumerable.Repeat(new string('d', 200), 24)) + "/x.txt"));

    private async Task AssertRejectedAsync(string expected, params HostileArchive.Entry[] entries)
    {
        // Given an archive whose checksum matches its manifest, holding a hostile entry after a harmless one
        var archive = _folder.Combine("evil-6.6.6.tar.gz");
        var manifest = await HostileArchive.WriteAsync(archive, entries);

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => ArtifactExtractor.ExtractAsync(archive, manifest, _target));

        // Then
        TestContext.Out.WriteLine(error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.ArtifactUnsafeEntry));
            Assert.That(error.Message, Does.Contain(expected).And.Contain("Nothing was extracted"));
            Assert.That(Directory.Exists(_target), Is.False, "not even the harmless file may be written");
            Assert.That(Path.Exists(_outside), Is.False);
            Assert.That(Path.Exists(_folder.Combine("releases", "outside")), Is.False);
            Assert.That(File.Exists("/etc/liftoff-zip-slip-test"), Is.False);
        });
    }
}
