using System.Net.Http.Json;
using Liftoff.Artifacts;
using Liftoff.Cake.Deploy;
using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.TestApp;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>
/// Deploy-Production validates what it deployed and rolls a bad version back by itself, against a releases directory
/// served by a real nginx: the rollback is validated with the same checks, recorded with the recovery time, and the
/// run's last line says where it went.
/// </summary>
[Category("Slow")]
public sealed class AutomaticRollbackTests : EnvironmentFixture
{
    private const string HomeCheck = """{ "path": "/", "expectStatus": 200, "bodyContains": "site" }""";

    private static string Validation(string checks, double readinessSeconds = 5) => $$"""
        { "rounds": 2, "intervalSeconds": 0.05, "readinessTimeoutSeconds": {{readinessSeconds}}, "readinessPollSeconds": 0.05, "http": [ {{checks}} ] }
        """;

    [Test]
    public async Task DeployProduction_BadVersionServing500_IsRolledBackToTheLastGoodVersionAndVerified()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck));
        var good = await DeployAsync("production", "1.0.0", "--yes");
        Assert.That(good.ExitCode, Is.Zero, good.ToString());
        Assert.That(good.LastLine, Does.StartWith("Liftoff: site-1.0.0 live in production · validated · "));

        var bad = await RunAsync("--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("2.0.0")}", "--yes");

        Assert.That(bad.ExitCode, Is.EqualTo(1), bad.ToString());
        Assert.That(bad.LastLine, Does.Match(@"^Liftoff: failed \(exit code 1\): 2\.0\.0 failed validation in production · recovered in [0-9.]+ m?s · rolled back to 1\.0\.0$"));
        Assert.That(bad.Output, Does.Contain("Validate production: fail · failed in round 1/2: GET /: status 500, expected 200"));
        Assert.That(bad.Output, Does.Match(@"round 1: ✗ GET /: 500 in \d+ ms — status 500, expected 200; body does not contain ""site"""));
        Assert.That(bad.Output, Does.Contain("Verify rollback of production: pass"));
        Assert.That(bad.Output, Does.Match(@"Recovery: 1\.0\.0 served and verified in production \([0-9.]+ m?s after the failing verdict of 2\.0\.0"));
        Assert.That(bad.Output, Does.Contain("LIFTOFF1405"));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("1.0.0"));
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks/"), "the lock is released");

        var history = LedgerQueries.History(await LedgerAsync(), "production");
        Assert.That(history.Select(r => (r.Outcome, r.Version)), Is.EqualTo(new[]
        {
            (DeploymentOutcome.RolledBack, "1.0.0"),
            (DeploymentOutcome.Failed, "2.0.0"),
            (DeploymentOutcome.Deployed, "2.0.0"),
            (DeploymentOutcome.Validated, "1.0.0"),
            (DeploymentOutcome.Deployed, "1.0.0"),
        }));
        var failed = history[1];
        Assert.That(failed.Findings, Has.Some.Contains("✗ GET /: 500 in").And.Some.Contains("status 500, expected 200"));
        Assert.That(failed.Measurements["GET /.status"], Is.EqualTo(500));
        var rolledBack = history[0];
        Assert.That(rolledBack.RolledBackFrom, Is.EqualTo("2.0.0"));
        Assert.That(rolledBack.Measurements["rollback.verified"], Is.EqualTo(1));
        Assert.That(rolledBack.Measurements, Does.ContainKey("recoverySeconds"));
        Assert.That(rolledBack.Measurements["GET /.status"], Is.EqualTo(200), "the rollback was validated with the same checks");
    }

    [Test]
    public async Task DeployProduction_RollbackAlsoFailsItsValidation_SaysSoLoudlyAndExitsWithFour()
    {
        await using var api = await TestAppServer.StartAsync();
        var proxy = $"location /api/ {{ proxy_pass http://127.0.0.1:{api.BaseUri.Port}/; }}";
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production", proxy) });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck + """, { "name": "api health", "path": "/api/health", "jsonPath": "$.status", "jsonValue": "ok" }"""));
        Assert.That((await DeployAsync("production", "1.0.0", "--yes")).ExitCode, Is.Zero);
        api.Behavior.FailRoute("/health", 503); // the shared backend breaks: every version fails now

        var result = await DeployAsync("production", "2.0.0", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(result.LastLine, Is.EqualTo("Liftoff: ROLLBACK FAILED (exit code 4): 2.0.0 failed validation in production and the rollback to 1.0.0 is not verified"));
        Assert.That(result.Output, Does.Contain("!!! ROLLBACK FAILED in production"));
        Assert.That(result.Output, Does.Contain("LIFTOFF1406"));
        Assert.That(result.Output, Does.Match(@"✗ api health: 503 in \d+ ms — status 503, expected 200"));
        var rolledBack = (await LedgerAsync())[0];
        Assert.That(rolledBack.Outcome, Is.EqualTo(DeploymentOutcome.RolledBack));
        Assert.That(rolledBack.Measurements["rollback.verified"], Is.Zero);
        Assert.That(rolledBack.Findings[0], Does.StartWith("the validation of 1.0.0 after the rollback gave fail"));
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks/"), "the lock is released");
    }

    [Test]
    public async Task DeployProduction_ReadinessTimesOutWhileTheOldVersionIsServed_IsDeployedButNotServedAndRolledBack()
    {
        WriteProductionConfig(null, Validation(HomeCheck));
        Assert.That((await DeployAsync("production", "1.0.0", "--yes")).ExitCode, Is.Zero);
        // A web server that was never pointed at 'current': it keeps serving the 1.0.0 folder whatever is switched.
        var release = Path.Combine(Root("production"), "releases", "1.0.0-" + Sandbox.Git("rev-parse", "HEAD").Trim()[..7]);
        await using var nginx = await NginxServer.StartAsync(release);
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck, readinessSeconds: 0.5));

        var result = await DeployAsync("production", "2.0.0", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("Validate production: fail · deployed but not served (serving 1.0.0, sha256 "));
        Assert.That(result.Output, Does.Contain("LIFTOFF1405"));
        Assert.That(result.LastLine, Does.EndWith("rolled back to 1.0.0"));
        Assert.That((await LedgerAsync()).Skip(1).First().Findings.Single(), Does.StartWith("readiness: ✗ readiness: serving 1.0.0"));
    }

    [Test]
    public async Task DeployProduction_NoRollback_LeavesTheFailedVersionServedAndSaysHowToRollBack()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck));
        Assert.That((await DeployAsync("production", "1.0.0", "--yes")).ExitCode, Is.Zero);

        var result = await RunAsync("--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("2.0.0")}", "--yes", "--no-rollback");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1407"));
        Assert.That(result.LastLine, Does.EndWith("roll back with ./build.sh --target=Rollback-Production"));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("2.0.0"));
        Assert.That((await LedgerAsync())[0].Outcome, Is.EqualTo(DeploymentOutcome.Failed));
    }

    [Test]
    public async Task DeployProduction_FirstVersionFails_HasNothingToRollBackToAndExitsWithFour()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck));

        var result = await RunAsync("--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("1.0.0")}", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(result.Output, Does.Contain("has no earlier successful version to roll back to"));
        Assert.That(result.LastLine, Does.EndWith("and the automatic rollback could not run"));
    }

    [Test]
    public async Task DeployProduction_PreviewUrl_SmokeChecksTheNewReleaseBeforeTheSwitchAndRefusesIt()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        var preview = new Uri(nginx.BaseUri, "_releases/{release}/");
        WriteProductionConfig(nginx.BaseUri, $$"""
            { "rounds": 1, "intervalSeconds": 0, "readinessTimeoutSeconds": 2, "readinessPollSeconds": 0.05, "previewUrl": "{{preview}}", "http": [ {{HomeCheck}} ] }
            """);
        var good = await DeployAsync("production", "1.0.0", "--yes");
        Assert.That(good.Output, Does.Contain("Smoke before the switch, at " + nginx.BaseUri + "_releases/1.0.0-"), good.ToString());

        var bad = await RunAsync("--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("2.0.0")}", "--yes");

        Assert.That(bad.ExitCode, Is.EqualTo(1), bad.ToString());
        Assert.That(bad.Output, Does.Contain("LIFTOFF0513"));
        Assert.That(bad.Output, Does.Contain("the smoke checks against " + nginx.BaseUri + "_releases/2.0.0-"));
        Assert.That(bad.Output, Does.Not.Contain("Rollback production"), "nothing was switched, so nothing is rolled back");
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("1.0.0"));
        Assert.That((await LedgerAsync())[0].Outcome, Is.EqualTo(DeploymentOutcome.Failed));
    }

    [Test]
    public async Task DeployProduction_SlowerThanTheDegradedTimeButWithinBudget_IsKeptRecordedAndShownAsDegraded()
    {
        await using var api = await TestAppServer.StartAsync();
        api.Behavior.SlowRoute("/health", TimeSpan.FromMilliseconds(80));
        var proxy = $"location /api/ {{ proxy_pass http://127.0.0.1:{api.BaseUri.Port}/; }}";
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production", proxy) });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck + """, { "name": "api health", "path": "/api/health", "latencyWarnMilliseconds": 20, "latencyBudgetMilliseconds": 30000 }"""));

        var result = await DeployAsync("production", "1.0.0", "--yes");
        var ledger = await RunAsync("--target=Ledger");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"Validate production: degraded · .*degraded: api health: took \d+ ms, over the degraded time of 20 ms \(budget 30000 ms\)"));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: site-1.0.0 live in production · DEGRADED (kept, recorded): api health: took "));
        var validated = (await LedgerAsync())[0];
        Assert.That(validated.Outcome, Is.EqualTo(DeploymentOutcome.Validated), "degraded never rolls back, and may be promoted");
        Assert.That(validated.Measurements["validation.degraded"], Is.EqualTo(1));
        Assert.That(validated.Findings, Has.Some.Contains("⚠ api health: 200 in"));
        Assert.That(ledger.Output, Does.Contain("validated (degraded)"));
    }

    [TestCase("""{ "http": [ { "path": "/", "bodyRegex": "(" } ] }""", 2, "LIFTOFF1402: invalid validation checks:")]
    [TestCase("""{ "previewUrl": "/_releases/{release}/" }""", 3, "validation.previewUrl is '/_releases/{release}/'; expected an absolute http or https URL")]
    public async Task DeployProduction_ChecksThatCouldNotRun_AreRefusedBeforeAnythingIsSwitched(string validation, int exitCode, string message)
    {
        WriteProductionConfig(new Uri("http://127.0.0.1:1/"), validation);

        var result = await DeployAsync("production", "1.0.0", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.ToString());
        Assert.That(result.Output, Does.Contain(message));
        Assert.That(Directory.Exists(Root("production")), Is.False, "nothing prepared or switched");
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/"), "no lock, no record");
    }

    [Test]
    public async Task DeployProduction_LedgerRefusesTheFailureRecord_RollsBackAnyway()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        WriteProductionConfig(nginx.BaseUri, Validation(HomeCheck));
        Assert.That((await DeployAsync("production", "1.0.0", "--yes")).ExitCode, Is.Zero);
        var refusing = new RefusingStores(new GitRefStoreFactory(TimeProvider.System, Sandbox.Environment), "production: failed ");

        var result = await RunWithAsync(
            services => services.AddSingleton<IRefStoreFactory>(refusing),
            "--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("2.0.0")}", "--yes");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("Could not record the failure of 2.0.0 in the ledger; rolling back anyway: LIFTOFF9990: the ledger is read-only"));
        Assert.That(result.LastLine, Does.EndWith("rolled back to 1.0.0"));
        Assert.That((await ServedAsync(nginx)).Version, Is.EqualTo("1.0.0"));
    }

    private static async Task<VersionMarker> ServedAsync(NginxServer nginx)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<VersionMarker>(new Uri(nginx.BaseUri, VersionMarker.PathInArtifact), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
    }

    /// <summary>Stores whose ledger refuses records starting with a summary, as a remote that rejects a push would.</summary>
    private sealed class RefusingStores(IRefStoreFactory inner, string refusedSummary) : IRefStoreFactory
    {
        public IRefStore Create(string workingDirectory, string remote) => new Store(inner.Create(workingDirectory, remote), refusedSummary);

        private sealed class Store(IRefStore inner, string refusedSummary) : IRefStore
        {
            public Task<string> DescribeLocationAsync(CancellationToken cancellationToken = default) => inner.DescribeLocationAsync(cancellationToken);

            public Task<string?> ReadAsync(string refName, CancellationToken cancellationToken = default) => inner.ReadAsync(refName, cancellationToken);

            public Task<string> WriteCommitAsync(string message, string? parent, CancellationToken cancellationToken = default) =>
                message.StartsWith(refusedSummary, StringComparison.Ordinal)
                    ? throw new LiftoffException("LIFTOFF9990", ExitCodes.TaskFailed, "the ledger is read-only")
                    : inner.WriteCommitAsync(message, parent, cancellationToken);

            public Task<string> ReadMessageAsync(string commit, CancellationToken cancellationToken = default) => inner.ReadMessageAsync(commit, cancellationToken);

            public IAsyncEnumerable<string> ReadMessagesAsync(string tip, CancellationToken cancellationToken = default) => inner.ReadMessagesAsync(tip, cancellationToken);

            public Task<RefUpdate> CompareAndSwapAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken = default) =>
                inner.CompareAndSwapAsync(refName, expected, replacement, cancellationToken);
        }
    }
}
