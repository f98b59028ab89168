using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Versioning;

public sealed class NextVersionCalculatorChannelTests
{
    [Test]
    public async Task CalculateAsync_BetaChannel_NumbersPrereleasesInSequence()
    {
        using var git = GitSandbox.Create();
        var beta = new VersioningOptions { PrereleaseId = "beta" };
        git.History().Commit("feat: a").Tag("v1.0.0").Branch("beta").Commit("feat!: new API");

        var first = await CalculateAsync(git, beta);
        git.Tag(first.TagName!, "beta 1");
        git.History().Commit("fix: polish");
        var second = await CalculateAsync(git, beta);
        git.Tag(second.TagName!);
        git.History().Commit("feat: more");
        var third = await CalculateAsync(git, beta);

        Assert.That(first.Version?.ToString(), Is.EqualTo("2.0.0-beta.1"));
        Assert.That(second.Version?.ToString(), Is.EqualTo("2.0.0-beta.2"));
        Assert.That(second.LastRelease?.Name, Is.EqualTo("v2.0.0-beta.1"));
        Assert.That(second.Reason, Is.EqualTo("patch: 1 fix"));
        Assert.That(third.Version?.ToString(), Is.EqualTo("2.0.0-beta.3"));
    }

    [Test]
    public async Task CalculateAsync_BetaAfterPatchPrerelease_MovesToTheHigherVersion()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.0.0").Branch("beta").Commit("fix: a").Tag("v1.0.1-beta.1").Commit("feat: b");

        var result = await CalculateAsync(git, new VersioningOptions { PrereleaseId = "beta" });

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.1.0-beta.1"));
    }

    [Test]
    public async Task CalculateAsync_BetaNumberTakenByAnUnreachableTag_SkipsPastIt()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.0.0")
            .Branch("elsewhere").Commit("feat: x").Tag("v1.1.0-beta.1").Tag("v1.1.0-alpha.7")
            .Checkout("main").Branch("beta").Commit("feat: b");

        var result = await CalculateAsync(git, new VersioningOptions { PrereleaseId = "beta" });

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.1.0-beta.2"));
    }

    [Test]
    public async Task CalculateAsync_BetaWithoutAnyRelease_StartsAtTheFirstVersion()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a");

        var result = await CalculateAsync(git, new VersioningOptions { PrereleaseId = "beta" });

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.0.0-beta.1"));
    }

    [Test]
    public async Task CalculateAsync_MaintenanceBranchInRange_ReleasesThePatch()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.4.2").Commit("feat!: b").Tag("v2.0.0")
            .Checkout("v1.4.2").Branch("1.x").Commit("fix: backport");

        var result = await CalculateAsync(git, new VersioningOptions { MaintenanceRange = "1.x" });

        Assert.That(result.Version?.ToString(), Is.EqualTo("1.4.3"));
        Assert.That(result.Branch, Is.EqualTo("1.x"));
    }

    [Test]
    public void CalculateAsync_MaintenanceBranchOutOfRange_ThrowsNamingBranchRangeAndVersion()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.4.2").Commit("feat: b").Tag("v1.5.0")
            .Checkout("v1.4.2").Branch("1.4.x").Commit("feat: not a patch");

        var error = Assert.ThrowsAsync<LiftoffException>(() => CalculateAsync(git, new VersioningOptions { MaintenanceRange = "1.4.x" }));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.VersionOutsideMaintenanceRange));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.TaskFailed));
        Assert.That(error.Message, Is.EqualTo(
            "LIFTOFF0311: Branch '1.4.x' may only release versions in range '1.4.x', but the release after v1.4.2 would be 1.5.0 "
            + "(minor: 1 feat). Release it from the main branch instead, or revert the change."));
    }

    [Test]
    public void CalculateAsync_VersionOverrideOutsideMaintenanceRange_Throws()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.4.2").Commit("fix: b");

        var error = Assert.ThrowsAsync<LiftoffException>(() =>
            CalculateAsync(git, new VersioningOptions { MaintenanceRange = "1.4.x", VersionOverride = "1.5.0" }));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.VersionOutsideMaintenanceRange));
        Assert.That(error.Message, Does.Contain("range '1.4.x'").And.Contain("would be 1.5.0"));
    }

    private static Task<NextVersionResult> CalculateAsync(GitSandbox git, VersioningOptions? options = null) =>
        new NextVersionCalculator(new GitCli(git.Path, git.Environment)).CalculateAsync(options ?? new VersioningOptions());
}
