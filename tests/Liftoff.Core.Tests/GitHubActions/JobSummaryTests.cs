using Liftoff.GitHubActions;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.GitHubActions;

public sealed class JobSummaryTests
{
    [Test]
    public void Render_ASuccessfulDeploy_HasTheHeadlineGatesReleaseDeployAndRollbackCommand()
    {
        var markdown = JobSummary.Render(RunSamples.Succeeded());

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("## ✅ v1.5.0 live in production\n"));
            Assert.That(markdown, Does.Contain("| Duration | 3m 45s |"));
            Assert.That(markdown, Does.Contain("| Check-Tests | ✅ Pass | 335/335 passed | every test passed |"));
            Assert.That(markdown, Does.Contain("[v1.5.0](https://github.com/acme/site/releases/tag/v1.5.0) (minor: 2 feat, 1 fix)\n- feat: Add dark mode support (#77)"));
            Assert.That(markdown, Does.Contain("| production | 1.5.0 | 1.4.5 | 4 ms | ✅ 10/10 smoke checks · p95 180 ms | - |"));
            Assert.That(markdown, Does.Contain("Rollback if needed: `./build.sh --target=Rollback-Production`"));
        });
    }

    [Test]
    public void Render_ARollback_ShowsTheFailedCheckAndTheIncidentReport()
    {
        var markdown = JobSummary.Render(RunSamples.RolledBack());

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("## ❌ Deployment of 2.0.0 failed and was rolled back: production serves 1.0.0\n"));
            Assert.That(markdown, Does.Contain("| GET /health | ❌ Fail | status 503 in 12 ms | expected status 200 |"));
            Assert.That(markdown, Does.Contain("↩ 1.0.0 (verified)"));
            Assert.That(markdown, Does.Contain("Incident report: `artifacts/incidents/20251124T192955Z-production.md`"));
            Assert.That(markdown, Does.Not.Contain("Rollback if needed"));
        });
    }

    [Test]
    public async Task AppendAsync_KeepsWhatEarlierStepsWrote()
    {
        using var folder = TempDirectory.Create("gha");
        var path = folder.Combine("summary.md");
        File.WriteAllText(path, "# Earlier step\n");

        await JobSummary.AppendAsync(path, RunSamples.Succeeded());

        Assert.That(File.ReadAllText(path), Does.StartWith("# Earlier step\n## ✅ v1.5.0 live in production"));
    }
}
