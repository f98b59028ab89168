using Liftoff.TestSupport.Nginx;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>
/// The issue's "must show": after a sandbox run with a rollback, the incident Markdown exists and names the failed
/// check; the deployment mirror, the webhook and the summary tell the same story.
/// </summary>
[Category("Slow")]
public sealed class IncidentTaskTests : JournalFixture
{
    private NginxServer _nginx = null!;

    [SetUp]
    public async Task StartNginx()
    {
        await NginxLocator.RequireAsync();
        _nginx = await NginxServer.StartAsync(Path.Combine(Root("production"), "current"));
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "production": {
                  "url": "{{_nginx.BaseUri}}",
                  "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}" } },
                  "validation": {
                    "rounds": 1, "intervalSeconds": 0.05, "readinessTimeoutSeconds": 5,
                    "http": [ { "name": "GET /health", "path": "/health.html", "expectStatus": 200 } ]
                  }
                }
              }
            }
            """);
    }

    [TearDown]
    public async Task StopNginx() => await _nginx.DisposeAsync();

    [Test]
    public async Task FailedValidationRolledBackInTheSameRun_WritesAnIncidentNamingTheCheckAndItsValue()
    {
        // Given: 1.0.0 is live and validated
        var good = await RunWiredAsync("--target=Deploy-Production", $"--artifact={await SiteAsync("1.0.0", healthy: true)}", "--yes");
        Assert.That(good.ExitCode, Is.Zero, good.ToString());
        Sandbox.History().Commit("feat: cache everything (#81)").Push();

        // When: 2.0.0 has no health page, so validation fails and production is rolled back in the same run
        var bad = await RunWiredAsync("--target=Deploy-Production", $"--artifact={await SiteAsync("2.0.0", healthy: false)}", "--yes");

        // Then
        Assert.That(bad.ExitCode, Is.EqualTo(1), bad.ToString());
        var incident = Directory.GetFiles(Path.Combine(Sandbox.Path, "artifacts", "incidents"), "*-production.md").Single();
        var markdown = File.ReadAllText(incident);
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("# Incident: production rolled back from 2.0.0 to 1.0.0"));
            Assert.That(markdown, Does.Match(@"\| 1 \| GET /health \| 404 in \d+ ms \| latencyMs=[0-9.]+, status=404 \| status 404, expected 200 \|"));
            Assert.That(markdown, Does.Contain("Switched production to 2.0.0 in"));
            Assert.That(markdown, Does.Match(@"\| Restored \| 1\.0\.0 \| `[0-9a-f]{7}` \| [0-9a-f]{64} \|"), "the restored artifact's sha256, as the verified rollback reported it");
            Assert.That(markdown, Does.Contain("Rollback verified: production serves 1.0.0"));
            Assert.That(markdown, Does.Match(@"- \*\*MTTR:\*\* [0-9.]+ s \(from going live to the verified rollback\)"));
            Assert.That(markdown, Does.Contain("Find out why `GET /health` failed: status 404, expected 200."));
            Assert.That(markdown, Does.Match(@"## Commits in 2\.0\.0\n\n- `[0-9a-f]{7}` feat: cache everything \(#81\)\n"));
        });
        Assert.Multiple(() =>
        {
            var issue = Repo.Issues.All().Single();
            Assert.That(issue.Title, Is.EqualTo("Incident: production rolled back from 2.0.0 to 1.0.0"));
            Assert.That(issue.Labels, Is.EqualTo(new[] { "incident" }));
            Assert.That(issue.Body, Does.Contain("GET /health"));
            var badDeployment = Repo.Deployments.All().Single(d => d.Task == "deploy" && d.PayloadJson.Contains("\"version\":\"2.0.0\"", StringComparison.Ordinal));
            Assert.That(Repo.Deployments.Statuses(badDeployment.Id).Select(s => s.State), Is.EqualTo(new[] { "inactive", "failure", "in_progress" }));
            Assert.That(Repo.Deployments.All().Count(d => d.Task == "deploy:rollback"), Is.EqualTo(1));
            Assert.That(Events(), Is.EqualTo(new[] { "deploy.started", "deploy.succeeded", "deploy.started", "deploy.failed", "deploy.rolled-back" }));
            Assert.That(bad.Output, Does.Contain("❌ DEPLOYMENT FAILED AND ROLLED BACK"));
            Assert.That(bad.Output, Does.Match(@"Incident report\s+artifacts/incidents/\d{8}T\d{6}Z-production\.md"));
            Assert.That(bad.Output, Does.Match(@"Action needed\s+investigate GET /health \(status 404, expected 200\) before deploying again"));
            Assert.That(bad.LastLine, Does.Match(@"^Liftoff: failed \(exit code 1\): 2\.0\.0 failed validation in production · recovered in [0-9.]+ m?s · rolled back to 1\.0\.0$"));
        });
    }

    [Test]
    public async Task RollbackByHandInALaterRun_WritesAnIncidentWithTheValuesTheLedgerRecorded()
    {
        Assert.That((await RunWiredAsync("--target=Deploy-Production", $"--artifact={await SiteAsync("1.0.0", healthy: true)}", "--yes")).ExitCode, Is.Zero);
        var failed = await RunWiredAsync("--target=Deploy-Production", $"--artifact={await SiteAsync("2.0.0", healthy: false)}", "--yes", "--no-rollback");
        Assert.That(failed.ExitCode, Is.EqualTo(1), failed.ToString());

        var rollback = await RunWiredAsync("--target=Rollback-Production");

        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        var markdown = File.ReadAllText(Directory.GetFiles(Path.Combine(Sandbox.Path, "artifacts", "incidents")).Single());
        Assert.That(markdown, Does.Contain("The validation that failed ran in an earlier run; the ledger recorded these values for 2.0.0:"));
        Assert.That(markdown, Does.Match(@"- `GET /health\.latencyMs` = [0-9.]+"));
        Assert.That(markdown, Does.Match(@"- \*\*MTTR:\*\* "), "the switch time comes from the ledger");
        Assert.That(rollback.Output, Does.Contain("↩ ROLLED BACK"));
    }

    private string[] Events() =>
        [.. Hooks.Received.Select(post => System.Text.Json.JsonDocument.Parse(post.Body).RootElement.GetProperty("event").GetString()!)];
}
