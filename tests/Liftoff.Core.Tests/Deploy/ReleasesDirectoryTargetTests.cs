using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.Diagnostics;

namespace Liftoff.Core.Tests.Deploy;

public sealed class ReleasesDirectoryTargetTests
{
    [Test]
    public async Task DeployDeployRollback_CurrentFollowsEachStep()
    {
        using var site = new ReleasesDirectoryFixture();

        var first = await site.DeployAsync("1.0.0");
        var second = await site.DeployAsync("2.0.0");
        var afterV2 = await site.Target.CurrentAsync();
        var rollback = await site.Target.RollbackAsync(site.ReleaseId("1.0.0"));
        var afterRollback = await site.Target.CurrentAsync();

        Assert.Multiple(() =>
        {
            Assert.That(site.ReleaseId("1.0.0"), Is.EqualTo("1.0.0-1000000"));
            Assert.That(first.From, Is.Null);
            Assert.That(second, Has.Property("From").EqualTo("1.0.0-1000000").And.Property("To").EqualTo("2.0.0-2000000"));
            Assert.That(afterV2!.Marker!.Version, Is.EqualTo("2.0.0"));
            Assert.That(rollback.From, Is.EqualTo("2.0.0-2000000"));
            Assert.That(rollback.To, Is.EqualTo("1.0.0-1000000"));
            Assert.That(site.CurrentLink(), Is.EqualTo("releases/1.0.0-1000000"), "a relative link, so the tree can move");
            Assert.That(afterRollback!.Id, Is.EqualTo("1.0.0-1000000"));
            Assert.That(afterRollback.Marker!.Version, Is.EqualTo("1.0.0"));
            Assert.That(afterRollback.Marker.Commit, Does.StartWith("1000000"));
            Assert.That(site.Target.PreviousReleaseId(), Is.EqualTo("2.0.0-2000000"));
            Assert.That(File.ReadAllText(Path.Combine(site.Current, "index.html")), Does.Contain("liftoff-version=1.0.0 line 0000"));
        });
    }

    [Test]
    public async Task CurrentAsync_NothingDeployed_IsNull()
    {
        using var site = new ReleasesDirectoryFixture();

        Assert.That(await site.Target.CurrentAsync(), Is.Null);
    }

    [Test]
    public async Task SwitchAsync_MoreThanKeep_PrunesOldestButNeverCurrentOrPrevious()
    {
        // Given keep = 1: only the newest release would survive, were it not for the two protected ones
        using var site = new ReleasesDirectoryFixture(keep: 1);
        await site.DeployAsync("1.0.0");
        var second = await site.DeployAsync("2.0.0");
        var third = await site.DeployAsync("3.0.0");

        // When v2 is rolled back to (current v2, previous v3) and v4 is deployed (current v4, previous v2)
        await site.Target.RollbackAsync(site.ReleaseId("2.0.0"));
        var fourth = await site.DeployAsync("4.0.0");

        // Then v2, older than v3, survives as the previous release; v3 goes
        Assert.Multiple(() =>
        {
            Assert.That(second.Pruned, Is.Empty, "v1 is the previous release");
            Assert.That(third.Pruned, Is.EqualTo(new[] { "1.0.0-1000000" }));
            Assert.That(fourth.Pruned, Is.EqualTo(new[] { "3.0.0-3000000" }));
            Assert.That(site.Target.ListReleases(), Is.EquivalentTo(new[] { "4.0.0-4000000", "2.0.0-2000000" }));
            Assert.That(site.Target.PreviousReleaseId(), Is.EqualTo("2.0.0-2000000"));
        });
    }

    [Test]
    public async Task SwitchAsync_RedeployOfTheServedRelease_StillKeepsThePreviousOne()
    {
        using var site = new ReleasesDirectoryFixture(keep: 1);
        await site.DeployAsync("1.0.0");
        await site.DeployAsync("2.0.0");

        var again = await site.DeployAsync("2.0.0");

        Assert.That(again.Pruned, Is.Empty);
        Assert.That(site.Target.ListReleases(), Is.EquivalentTo(new[] { "2.0.0-2000000", "1.0.0-1000000" }));
        Assert.That(site.Target.PreviousReleaseId(), Is.EqualTo("1.0.0-1000000"));
    }

    [Test]
    public async Task SwitchAsync_LeftoversOfACrashedDeploy_AreCleared()
    {
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");
        Directory.CreateDirectory(Path.Combine(site.Root, "releases", ".staging-2.0.0-x-123", "assets"));

        await site.DeployAsync("2.0.0");

        Assert.That(Directory.GetDirectories(Path.Combine(site.Root, "releases"), ".*"), Is.Empty);
    }

    [Test]
    public async Task SwitchAsync_DefaultKeep_KeepsFiveReleases()
    {
        using var site = new ReleasesDirectoryFixture();
        foreach (var version in new[] { "1.0.0", "2.0.0", "3.0.0", "4.0.0", "5.0.0", "6.0.0", "7.0.0" })
        {
            await site.DeployAsync(version);
        }

        Assert.That(site.Target.ListReleases(), Is.EqualTo(new[]
        {
            "7.0.0-7000000", "6.0.0-6000000", "5.0.0-5000000", "4.0.0-4000000", "3.0.0-3000000",
        }));
    }

    [Test]
    public async Task PrepareAsync_Release_IsWorldReadableAndStagingIsGone()
    {
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");
        var release = Path.Combine(site.Root, "releases", site.ReleaseId("1.0.0"));

        Assert.Multiple(() =>
        {
            Assert.That(Mode(site.Root), Is.EqualTo("755"));
            Assert.That(Mode(Path.Combine(site.Root, "releases")), Is.EqualTo("755"));
            Assert.That(Mode(release), Is.EqualTo("755"));
            Assert.That(Mode(Path.Combine(release, "assets", "css", "site.css")), Is.EqualTo("644"));
            Assert.That(Directory.GetDirectories(Path.Combine(site.Root, "releases"), ".*"), Is.Empty);
        });
    }

    [Test]
    public async Task PrepareAsync_SharedDirectories_AreLinkedAndSurviveDeploys()
    {
        using var site = new ReleasesDirectoryFixture(shared: ["uploads", "data/cache"]);
        await site.DeployAsync("1.0.0");
        await File.WriteAllTextAsync(Path.Combine(site.Current, "uploads", "photo.txt"), "kept");

        await site.DeployAsync("2.0.0");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(site.Current, "uploads", "photo.txt")), Is.EqualTo("kept"));
            Assert.That(new FileInfo(Path.Combine(site.Current, "uploads")).LinkTarget, Is.EqualTo("../../shared/uploads"));
            Assert.That(new FileInfo(Path.Combine(site.Current, "data", "cache")).LinkTarget, Is.EqualTo("../../../shared/data/cache"));
            Assert.That(Directory.Exists(Path.Combine(site.Root, "shared", "data", "cache")), Is.True);
        });
    }

    [Test]
    public async Task PrepareAsync_SharedDirectoryInsideTheArtifact_IsRefused()
    {
        using var site = new ReleasesDirectoryFixture(shared: ["assets"]);

        var error = Assert.ThrowsAsync<LiftoffException>(() => site.DeployAsync("1.0.0"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.SharedDirectoryConflict));
        Assert.That(site.Target.ListReleases(), Is.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task SwitchAsync_PreSwitchCheckRefuses_KeepsServingTheOldRelease()
    {
        using var site = new ReleasesDirectoryFixture(preSwitchCheck: (release, _) =>
            Task.FromResult(release.Marker.Version == "2.0.0" ? "index.html is broken" : null));
        await site.DeployAsync("1.0.0");

        var error = Assert.ThrowsAsync<LiftoffException>(() => site.DeployAsync("2.0.0"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.PreSwitchCheckFailed));
        Assert.That(error.Message, Does.Contain("2.0.0-2000000").And.Contain("index.html is broken"));
        Assert.That((await site.Target.CurrentAsync())!.Id, Is.EqualTo("1.0.0-1000000"));
    }

    [Test]
    public async Task RollbackAsync_UnknownRelease_NamesWhatIsAvailable()
    {
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");

        var error = Assert.ThrowsAsync<LiftoffException>(() => site.Target.RollbackAsync("0.9.0-deadbee"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ReleaseNotFound));
        Assert.That(error.Message, Does.Contain("0.9.0-deadbee").And.Contain("1.0.0-1000000"));
        Assert.That((await site.Target.CurrentAsync())!.Id, Is.EqualTo("1.0.0-1000000"));
    }

    [Test]
    public async Task PrepareAsync_SameBuildAgain_ReusesTheRelease()
    {
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");
        await site.DeployAsync("2.0.0");

        var again = await site.DeployAsync("1.0.0");

        Assert.That(again.To, Is.EqualTo("1.0.0-1000000"));
        Assert.That(site.Target.ListReleases()[0], Is.EqualTo("1.0.0-1000000"), "a redeploy counts as the newest release");
    }

    [Test]
    public async Task PrepareAsync_DifferentBuildUnderTheSameId_IsRefused()
    {
        using var site = new ReleasesDirectoryFixture();
        await site.DeployAsync("1.0.0");
        var release = Path.Combine(site.Root, "releases", site.ReleaseId("1.0.0"));
        await File.WriteAllTextAsync(Path.Combine(release, ".well-known", "liftoff.json"), """{"name":"site","version":"1.0.0","commit":"x","artifact":"site-1.0.0","contentSha256":"other"}""");

        var error = Assert.ThrowsAsync<LiftoffException>(() => site.DeployAsync("1.0.0"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.ReleaseConflict));
    }

    [Test]
    public void Constructor_BadOptions_ReportsEveryProblem()
    {
        var options = new ReleasesDirectoryOptions { Root = "relative/path", Keep = 0, SharedDirectories = ["../up"] };

        var error = Assert.Throws<LiftoffException>(() => _ = new ReleasesDirectoryTarget(options, TimeProvider.System));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.DeployTargetInvalid));
        Assert.That(error.Message, Does.Contain("absolute path").And.Contain("keep is 0").And.Contain("'../up'"));
    }

    private static string Mode(string path) => OperatingSystem.IsWindows() ? "n/a" : Convert.ToString((int)File.GetUnixFileMode(path), 8);
}
