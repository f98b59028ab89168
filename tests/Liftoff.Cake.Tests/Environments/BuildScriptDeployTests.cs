using Liftoff.TestSupport;
using Liftoff.TestSupport.Nginx;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>The issue's "must show": the whole flow through <c>./build.sh ... --working=&lt;sandbox&gt;</c>, as a user runs it.</summary>
[Category("Slow")]
public sealed class BuildScriptDeployTests : EnvironmentFixture
{
    [Test]
    public async Task BuildSh_DeployThroughEveryEnvironmentThenRollBackProduction_IsServedAndRecorded()
    {
        var v1 = await ArtifactAsync("1.0.0");
        var v2 = await ArtifactAsync("2.0.0");

        foreach (var target in new[] { "Deploy-Test", "Validate-Test", "Deploy-Staging", "Validate-Staging", "Deploy-Production" })
        {
            var step = await BuildShAsync($"--target={target}", $"--artifact={v1}", "--yes");
            Assert.That(step.ExitCode, Is.Zero, $"{target}: {step}");
        }

        var second = await BuildShAsync("--target=Deploy-Production", $"--artifact={v2}", "--yes", "--skip-promotion-check", "--reason=build.sh test");
        var rollback = await BuildShAsync("--target=Rollback-Production");
        var ledger = await BuildShAsync("--target=Ledger");

        Assert.That(second.ExitCode, Is.Zero, second.ToString());
        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        Assert.That(rollback.StdOut, Does.Contain("Rollback production: 2.0.0 → 1.0.0"));
        Assert.That(File.ReadAllText(Path.Combine(Root("production"), "current", "index.html")), Does.Contain("site 1.0.0"));
        Assert.That(ledger.ExitCode, Is.Zero, ledger.ToString());
        Assert.That(ledger.StdOut, Does.Contain("production (3 records)"));
        Assert.That(ledger.StdOut, Does.Contain("test (2 records)"));
        Assert.That(ledger.StdOut, Does.Contain("staging (2 records)"));
    }

    [Test]
    public async Task BuildSh_DeployProductionOfABadVersion_IsRolledBackAutomaticallyAndSaysSoLast()
    {
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"), new NginxOptions { ServerConfig = SiteServerConfig("production") });
        WriteProductionConfig(nginx.BaseUri, """
            { "rounds": 2, "intervalSeconds": 0.05, "readinessTimeoutSeconds": 5, "http": [ { "path": "/", "expectStatus": 200, "bodyContains": "site" } ] }
            """);
        var good = await BuildShAsync("--target=Deploy-Production", $"--artifact={await ArtifactAsync("1.0.0")}", "--yes");

        var bad = await BuildShAsync("--target=Deploy-Production", $"--artifact={await BrokenArtifactAsync("2.0.0")}", "--yes");

        Assert.That(good.ExitCode, Is.Zero, good.ToString());
        Assert.That(bad.ExitCode, Is.EqualTo(1), bad.ToString());
        Assert.That(bad.StdOut.TrimEnd().Split('\n')[^1], Does.Match(@"^Liftoff: failed \(exit code 1\): 2\.0\.0 failed validation in production · recovered in [0-9.]+ m?s · rolled back to 1\.0\.0$"));
        Assert.That(bad.StdOut, Does.Contain("✗ GET /: 500 in"));
        Assert.That(File.ReadAllText(Path.Combine(Root("production"), "current", "index.html")), Does.Contain("site 1.0.0"));
    }

    private Task<ProcessResult> BuildShAsync(params string[] args) =>
        ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            [.. args, $"--working={Sandbox.Path}"],
            workingDirectory: Path.GetTempPath(),
            environment: new Dictionary<string, string?>(Sandbox.Environment) { ["CI"] = null },
            timeout: TimeSpan.FromMinutes(5));
}
