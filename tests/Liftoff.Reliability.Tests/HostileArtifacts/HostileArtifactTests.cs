using System.Formats.Tar;
using Liftoff.Reliability.Tests.Support;

namespace Liftoff.Reliability.Tests.HostileArtifacts;

/// <summary>
/// R6, hostile artifacts: forged archives whose checksums all match, deployed to production through the real host
/// while nginx serves the release before. Absolute paths, <c>..</c>, symbolic and hard links pointing outside (and
/// inside), device files, FIFOs, a name longer than the file system allows, a path longer than PATH_MAX, a
/// backslash path and a duplicate entry must all be refused with the entry named, before anything is switched: the
/// same release is still served, no release folder or unpacking folder is left, and nothing appears outside.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class HostileArtifactTests
{
    private const string Scenario = "R6 hostile artifacts";
    private const string Sentinel = "/tmp/liftoff-r6-sentinel";
    private static readonly string[] ForgedPaths = ["index.html", Liftoff.Artifacts.VersionMarker.PathInArtifact];

    private static readonly (string Name, ArchiveForge.Entry[] Entries, string Expected)[] Cases =
    [
        ("absolute path", [new(TarEntryType.RegularFile, Sentinel)], "absolute path"),
        ("absolute path into /etc", [new(TarEntryType.RegularFile, "/etc/liftoff-r6")], "absolute path"),
        ("'..' at the start", [new(TarEntryType.RegularFile, "../../liftoff-r6")], "contains '..'"),
        ("'..' in the middle", [new(TarEntryType.RegularFile, "assets/../../../liftoff-r6")], "contains '..'"),
        ("backslash climbing out", [new(TarEntryType.RegularFile, "..\\..\\liftoff-r6")], "backslash"),
        ("symlink to /etc, then a file through it", [new(TarEntryType.SymbolicLink, "etc", LinkName: "/etc"), new(TarEntryType.RegularFile, "etc/liftoff-r6")], "points outside the release"),
        ("relative symlink climbing out", [new(TarEntryType.SymbolicLink, "up", LinkName: "../../../..")], "points outside the release"),
        ("symlink inside the release", [new(TarEntryType.SymbolicLink, "home.html", LinkName: "index.html")], "holds no links"),
        ("hardlink to /etc/passwd", [new(TarEntryType.HardLink, "passwd", LinkName: "/etc/passwd")], "points outside the release"),
        ("relative hardlink outside", [new(TarEntryType.HardLink, "h", LinkName: "../../secret")], "points outside the release"),
        ("character device", [new(TarEntryType.CharacterDevice, "null") { DeviceMajor = 1, DeviceMinor = 3 }], "CharacterDevice"),
        ("block device", [new(TarEntryType.BlockDevice, "sda") { DeviceMajor = 8, DeviceMinor = 0 }], "BlockDevice"),
        ("FIFO", [new(TarEntryType.Fifo, "pipe")], "Fifo"),
        ("a name longer than the file system allows", [new(TarEntryType.RegularFile, "assets/" + new string('n', 300) + ".js")], "longer than"),
        ("a path longer than PATH_MAX", [new(TarEntryType.RegularFile, string.Join('/', Enumerable.Repeat(new string('d', 200), 24)) + "/x.txt")], "longer than"),
        ("the same entry twice", [new(TarEntryType.RegularFile, "twice.txt"), new(TarEntryType.RegularFile, "twice.txt", Content: "second\n")], "more than once"),
    ];

    [Test]
    public async Task ForgedArchives_EveryHostileEntry_RefusedBeforeAnythingIsSwitched()
    {
        var tally = new ScenarioTally(Scenario);
        await using var world = await DeployWorld.CreateAsync();
        await world.DeployAsync("1.0.0");
        var served = world.CurrentRelease();

        // The control: a forged artifact without a hostile entry deploys, so the refusals below are the entries' doing.
        var control = await ArchiveForge.WriteAsync(world.Folder.Combine("forged", "control"), "6.6.0", world.Site.Commit);
        var deployed = await world.RunAsync("--target=Deploy-Production", $"--artifact={control}", "--yes");
        Assert.That(deployed.Succeeded, Is.True, deployed.ToString());
        Assert.That(await world.Served!.WholeReleaseAsync(ForgedPaths), Is.EqualTo("6.6.0"));
        served = world.CurrentRelease();

        // The plain test run takes every other case; a full run takes them all.
        for (var i = 0; i < Cases.Length; i++)
        {
            if (!Trials.Full && i % 2 == 1)
            {
                continue;
            }

            var (name, entries, expected) = Cases[i];
            var version = $"6.6.{i + 1}";
            await tally.RunAsync(name, async () =>
            {
                var manifest = await ArchiveForge.WriteAsync(world.Folder.Combine("forged", version), version, world.Site.Commit, entries);
                var releasesBefore = Directory.GetDirectories(world.Releases).Order(StringComparer.Ordinal).ToList();

                var run = await world.RunAsync("--target=Deploy-Production", $"--artifact={manifest}", "--yes");

                var output = run.StdOut + run.StdErr;
                Expect.That(!run.Succeeded, $"the hostile artifact was deployed: {run}");
                Expect.That(output.Contains(expected, StringComparison.Ordinal), $"the message lacks '{expected}': {run}");
                Expect.That(output.Contains("LIFTOFF", StringComparison.Ordinal) && !output.Contains("   at ", StringComparison.Ordinal),
                    $"no coded message, or a stack trace: {run}");
                Expect.Equal(served, world.CurrentRelease(), "the release current points at");
                Expect.Equal("6.6.0", await world.Served!.WholeReleaseAsync(ForgedPaths), "the version nginx serves");
                var releasesAfter = Directory.GetDirectories(world.Releases).Order(StringComparer.Ordinal).ToList();
                Expect.That(releasesAfter.SequenceEqual(releasesBefore), $"release folders changed: {string.Join(", ", releasesAfter.Except(releasesBefore))}");
                Expect.That(!File.Exists(Sentinel) && !File.Exists("/etc/liftoff-r6") && !File.Exists(Path.Combine(world.Folder.Path, "liftoff-r6")),
                    "a file was written outside the release");
                Expect.That(!world.Locked(), "the lock was left behind");
            });
        }

        tally.Complete($"{tally.Trials} forged archives (checksums matching) refused before the switch · the release before stayed served");
    }
}
