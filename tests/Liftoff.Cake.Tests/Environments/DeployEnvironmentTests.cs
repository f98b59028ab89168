using System.Net.Http.Json;
using Liftoff.Artifacts;
using Liftoff.Records.Locks;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Cake.Tests.Environments;

[Category("Slow")]
public sealed class DeployEnvironmentTests : EnvironmentFixture
{
    [Test]
    public async Task DeployProduction_NotValidatedInStaging_FailsSayingWhereTheArtifactIs_ThenSucceedsAfterValidation()
    {
        Assert.That((await DeployAsync("test", "1.0.0")).ExitCode, Is.Zero);
        var validateTest = await RunAsync("--target=Validate-Test");
        Assert.That(validateTest.ExitCode, Is.Zero, validateTest.ToString());
        var staging = await DeployAsync("staging", "1.0.0");
        Assert.That(staging.ExitCode, Is.Zero, staging.ToString());
        Assert.That(staging.Output, Does.Contain("was validated in test"));

        var refused = await DeployAsync("production", "1.0.0", "--yes");

        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.ToString());
        Assert.That(refused.Output, Does.Contain("LIFTOFF0521: site-1.0.0"));
        Assert.That(refused.Output, Does.Contain("has not been validated in staging"));
        Assert.That(refused.Output, Does.Contain("the ledger has it in staging (deployed), test (validated)"));
        Assert.That(Directory.Exists(Path.Combine(Root("production"), "releases")), Is.False, "nothing touched");

        Assert.That((await RunAsync("--target=Validate-Staging")).ExitCode, Is.Zero);
        var accepted = await DeployAsync("production", "1.0.0", "--yes");

        Assert.That(accepted.ExitCode, Is.Zero, accepted.ToString());
        Assert.That(accepted.Output, Does.Match(@"production ← site-1\.0\.0 \(sha256 [0-9a-f]{12}\) · from nothing to 1\.0\.0-[0-9a-f]{7} · switched in [0-9.]+ ms"));
        Assert.That(File.ReadAllText(Path.Combine(Root("production"), "current", "index.html")), Does.Contain("site 1.0.0"));
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks/"), "the lock is released");
    }

    [Test]
    public async Task DeployProduction_CiWithoutYes_RefusesBeforeTakingTheLock()
    {
        Environment.SetEnvironmentVariable("CI", "true");
        Confirmation.IsInteractive = true;

        var result = await DeployAsync("production", "1.0.0", "--skip-promotion-check", "--reason=first deploy");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0523: production is protected and CI=true: pass --yes"));
        Assert.That(Confirmation.Asked, Is.Zero);
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/"), "no lock, no ledger record");
        Assert.That(Directory.Exists(Root("production")), Is.False);
    }

    [Test]
    public async Task DeployProduction_OnATerminal_AsksAndStopsOnNo()
    {
        Confirmation.IsInteractive = true;
        Confirmation.Answer = false;

        var result = await DeployAsync("production", "1.0.0", "--skip-promotion-check", "--reason=r");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(Confirmation.Asked, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("was not confirmed"));
    }

    [Test]
    public async Task DeployTest_TamperedArchive_FailsTheChecksum()
    {
        var manifest = await ArtifactAsync("1.0.0");
        var archive = Directory.GetFiles(Path.GetDirectoryName(manifest)!, "*.tar.gz").Single();
        await File.AppendAllTextAsync(archive, "x");

        var result = await RunAsync("--target=Deploy-Test", $"--artifact={manifest}");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0502"));
        Assert.That(Directory.Exists(Root("test")), Is.False);
    }

    [Test]
    public async Task DeployProduction_SkipPromotionWithoutReason_IsBadInput()
    {
        var result = await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("--skip-promotion-check needs --reason"));
    }

    [Test]
    public async Task DeployTest_LockHeld_FailsAtOnceNamingTheHolder()
    {
        var locks = new DeployLock(Store(), owner: new LockOwner("alice", "build-7", 4242));
        var held = await locks.AcquireAsync("test", "run-9");

        var result = await DeployAsync("test", "1.0.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("Deploy-Test is locked by alice@build-7 (pid 4242, run run-9) since"));
        Assert.That(Directory.Exists(Path.Combine(Root("test"), "releases")), Is.False);
        Assert.That(await locks.ReleaseAsync(held), Is.True, "the holder's lock is untouched");
    }

    [Test]
    public async Task UnlockProduction_StaleLock_IsReportedAndForceClearsIt()
    {
        var crashed = new DeployLock(Store(), timeProvider: new FixedTime(DateTimeOffset.UtcNow.AddHours(-3)), owner: new LockOwner("ci", "runner-3", 99));
        await crashed.AcquireAsync("production", "run-1");

        var deploy = await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check", "--reason=hotfix");
        var report = await RunAsync("--target=Unlock-Production");
        var forced = await RunAsync("--target=Unlock-Production", "--force");

        Assert.That(deploy.Output, Does.Contain("the lock is stale"), deploy.ToString());
        Assert.That(deploy.Output, Does.Contain("Unlock-Production --force"));
        Assert.That(report.ExitCode, Is.EqualTo(2), report.ToString());
        Assert.That(report.Output, Does.Contain("stale"));
        Assert.That(forced.ExitCode, Is.Zero, forced.ToString());
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks/production"));
        Assert.That((await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check", "--reason=hotfix")).ExitCode, Is.Zero);
    }

    [Test]
    public async Task RollbackProduction_AfterTwoDeploys_ServesThePreviousVersionOverHttp()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"));
        WriteConfig(nginx.BaseUri);
        string[] waive = ["--yes", "--skip-promotion-check", "--reason=test of rollback"];
        Assert.That((await DeployAsync("production", "1.0.0", waive)).ExitCode, Is.Zero);
        Assert.That((await RunAsync("--target=Validate-Production")).ExitCode, Is.Zero);
        Assert.That((await DeployAsync("production", "2.0.0", waive)).ExitCode, Is.Zero);
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("2.0.0"));

        var rollback = await RunAsync("--target=Rollback-Production");

        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        Assert.That(rollback.Output, Does.Contain("Rollback production: 2.0.0 → 1.0.0"));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("1.0.0"));
        var again = await RunAsync("--target=Rollback-Production");
        Assert.That(again.ExitCode, Is.EqualTo(1), "2.0.0 is marked bad and nothing else is left: " + again);
        Assert.That(again.Output, Does.Contain("LIFTOFF0527"));

        var ledger = await RunAsync("--target=Ledger");
        Assert.That(ledger.ExitCode, Is.Zero, ledger.ToString());
        // Each deploy to a URL validates itself now: deployed + validated for both, one on-demand validation, the rollback.
        Assert.That(ledger.Output, Does.Contain("production (6 records)"));
        Assert.That(ledger.Output, Does.Contain("rolled-back"));
        Assert.That(ledger.Output, Does.Contain("2.0.0 → 1.0.0"));
        Assert.That(ledger.Output, Does.Contain("promotion: test of rollback"));
        var status = await RunAsync("--target=Status");
        Assert.That(status.ExitCode, Is.Zero, status.ToString());
        Assert.That(status.Output, Does.Match(@"production\s+1\.0\.0\s+rolled-back"));
        Assert.That(status.Output, Does.Contain("main is 0 commits ahead of production"));
    }

    private static async Task<VersionMarker> ServedAsync(NginxServer nginx)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<VersionMarker>(new Uri(nginx.BaseUri, VersionMarker.PathInArtifact), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
    }
}
