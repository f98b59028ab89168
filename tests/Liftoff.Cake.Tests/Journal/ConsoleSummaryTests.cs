namespace Liftoff.Cake.Tests.Journal;

public sealed class ConsoleSummaryTests : JournalFixture
{
    [Test]
    public async Task DeployProduction_TheClosingSummary_ShowsVersionUrlResultAndRollbackCommandBeforeTheLastLine()
    {
        WriteConfig(new Uri("https://site.example/"));

        var result = await RunWiredAsync("--target=Deploy-Production", $"--artifact={await ArtifactAsync("1.0.0")}", "--yes", "--skip-promotion-check", "--reason=first deploy",
            "--environments.production.validation.enabled=false");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var banner = result.Output.IndexOf("✅ DEPLOYMENT SUCCESSFUL", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(banner, Is.GreaterThan(0), result.ToString());
            Assert.That(result.Output, Does.Match(@"Deploy\s+production ← site-1\.0\.0 \(sha256 [0-9a-f]{12}…\) · from nothing · switched in [0-9.]+ ms"));
            Assert.That(result.Output, Does.Match(@"Version\s+v1\.0\.0"));
            Assert.That(result.Output, Does.Match(@"URL\s+https://site\.example/"));
            Assert.That(result.Output, Does.Match(@"Deployed\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC"));
            Assert.That(result.Output, Does.Match(@"Duration\s+[0-9.]+ s"));
            Assert.That(result.Output, Does.Match(@"Status\s+Live in production"));
            Assert.That(result.Output, Does.Match(@"Rollback \(if needed\)\s+\./build\.sh --target=Rollback-Production"));
            Assert.That(result.Output, Does.Match(@"▶ Deploy\s+production ← site-1\.0\.0"), "a status line as the stage starts");
            Assert.That(result.LastLine, Does.StartWith("Liftoff: site-1.0.0 live in production · deployed (not validated"), "the last line still says how the run ended");
            Assert.That(banner, Is.LessThan(result.Output.LastIndexOf("Liftoff: site-1.0.0 live in production", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task DeployTest_Quiet_HidesStatusLinesTablesAndSummaryButNotTheLastLine()
    {
        var result = await RunWiredAsync("--target=Deploy-Test", "--target=Validate-Test", $"--artifact={await ArtifactAsync("1.0.0")}", "--verbosity=quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("DEPLOYMENT SUCCESSFUL").And.Not.Contain("▶ Deploy").And.Not.Contain("Verdict"));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: site-1.0.0 live in test"));
    }

    [Test]
    public async Task DeployTest_Minimal_KeepsTheSummaryButNotTheStatusLines()
    {
        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}", "--verbosity=minimal");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("✅ DEPLOYMENT SUCCESSFUL").And.Not.Contain("▶ Deploy"));
    }

    [Test]
    public async Task DryRun_RecordsAndSummarisesNothing()
    {
        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Not.Contain("DEPLOYMENT SUCCESSFUL"));
        Assert.That(Hooks.All, Is.Empty);
        Assert.That(GitHub.Requests.All, Is.Empty);
    }
}
