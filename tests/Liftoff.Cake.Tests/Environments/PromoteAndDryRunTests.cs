namespace Liftoff.Cake.Tests.Environments;

[Category("Slow")]
public sealed class PromoteAndDryRunTests : EnvironmentFixture
{
    [Test]
    public async Task Promote_FromValidatedTest_DeploysTheSameArchiveToStaging()
    {
        var manifest = await ArtifactAsync("1.0.0");
        Assert.That((await DeployAsync("test", "1.0.0")).ExitCode, Is.Zero);
        Assert.That((await RunAsync("--target=Validate-Test")).ExitCode, Is.Zero);

        var promoted = await RunAsync("--target=Promote", "--from=test", "--to=staging", $"--artifact={manifest}");

        Assert.That(promoted.ExitCode, Is.Zero, promoted.ToString());
        Assert.That(promoted.Output, Does.Contain("Promote test → staging: 1.0.0"));
        Assert.That(File.ReadAllText(Path.Combine(Root("staging"), "current", "index.html")), Does.Contain("site 1.0.0"));
    }

    [Test]
    public async Task Promote_NothingInTheSource_SaysSo()
    {
        var result = await RunAsync("--target=Promote", "--from=staging", "--to=production", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0530: the ledger records nothing running in staging"));
    }

    [Test]
    public async Task DeployTest_DryRun_ReportsThePlanAndChangesNothing()
    {
        var before = OriginRefs();

        var result = await DeployAsync("test", "1.0.0", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Promotion: test promotes from no environment"));
        Assert.That(result.Output, Does.Contain("Lock: test is not locked"));
        Assert.That(result.Output, Does.Contain("Target: ReleasesDirectory"));
        Assert.That(result.Output, Does.Contain("Dry run: nothing was prepared, switched, locked or recorded."));
        Assert.That(Directory.Exists(Root("test")), Is.False);
        Assert.That(OriginRefs(), Is.EqualTo(before));
    }

    [Test]
    public async Task DeployProduction_MisconfiguredTarget_NamesEachKeyBeforeTouchingAnything()
    {
        WriteConfig(null, """{ "type": "releasesDirectory", "settings": { "rooot": "/srv/site", "keep": "zero" } }""");

        var result = await DeployAsync("production", "1.0.0", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0520"));
        Assert.That(result.Output, Does.Contain("environments.production.target.settings.root is missing"));
        Assert.That(result.Output, Does.Contain("environments.production.target.settings.keep is 'zero'; expected a whole number of at least 1"));
        Assert.That(result.Output, Does.Contain("environments.production.target.settings.rooot is not a setting"));
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/"));
    }

    [Test]
    public async Task DeployTest_ExclusiveWithNoArtifactAndNoneBuilt_IsBadInput()
    {
        var result = await RunAsync("--target=Deploy-Test", "--exclusive");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0522: --artifact is required"));
    }
}
