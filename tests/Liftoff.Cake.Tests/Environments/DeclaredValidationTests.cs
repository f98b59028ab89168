using Liftoff.TestSupport.Nginx;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>Validate-&lt;Env&gt; runs the environment's declared checks against what nginx serves, and records the verdict.</summary>
[Category("Slow")]
public sealed class DeclaredValidationTests : EnvironmentFixture
{
    [TestCase("site 1.0.0", 0, "validated")]
    [TestCase("no such text", 1, "failed")]
    public async Task ValidateProduction_DeclaredHttpCheck_DecidesTheVerdictAndTheLedgerRecord(string expectedText, int exitCode, string outcome)
    {
        await NginxLocator.RequireAsync();
        await using var nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"));
        WriteValidatedConfig(nginx.BaseUri, "site 1.0.0");
        var deploy = await DeployAsync("production", "1.0.0", "--yes");
        Assert.That(deploy.ExitCode, Is.Zero, deploy.ToString());
        Assert.That(deploy.Output, Does.Contain("Validate production: pass · 1/1 smoke checks"), "the deploy validates itself");

        // On demand, later, with the checks as they are declared now.
        WriteValidatedConfig(nginx.BaseUri, expectedText);
        var result = await RunAsync("--target=Validate-Production");
        var ledger = await RunAsync("--target=Ledger");

        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.ToString());
        Assert.That(result.Output, Does.Contain(exitCode == 0 ? "observed 2×" : "LIFTOFF1400"));
        Assert.That(result.Output, Does.Contain("recorded as " + outcome));
        Assert.That(ledger.Output, Does.Contain("production (3 records)"));
        Assert.That(ledger.Output, Does.Contain(outcome));
    }

    private void WriteValidatedConfig(Uri url, string expectedText) =>
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "production": {
                  "url": "{{url}}",
                  "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}" } },
                  "validation": {
                    "rounds": 2, "intervalSeconds": 0.05, "readinessTimeoutSeconds": 5,
                    "http": [ { "path": "/index.html", "expectStatus": 200, "bodyContains": "{{expectedText}}" } ]
                  }
                }
              }
            }
            """);
}
