using Liftoff.Git;
using Liftoff.Incidents;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Incidents;

public sealed class IncidentMarkdownTests
{
    [Test]
    public void Render_AfterAFailedHealthCheck_NamesTheCheckAndItsValues()
    {
        var markdown = IncidentMarkdown.Render(IncidentSamples.Report());

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("# Incident: production rolled back from 2.0.0 to 1.0.0\n"));
            Assert.That(markdown, Does.Contain("- **Cause:** GET /health failed in round 1: status 503 in 12 ms (expected status 200)"));
            Assert.That(markdown, Does.Contain("| 1 | GET /health | status 503 in 12 ms | status=503, latencyMs=12 | expected status 200 |"));
            Assert.That(markdown, Does.Not.Contain("| GET / |"), "only failing checks are listed");
            Assert.That(markdown, Does.Contain("- **MTTR:** 2m 5s"));
            Assert.That(markdown, Does.Contain("- `2025-01-24 19:28:00Z` Switched production from 1.0.0 to 2.0.0 in 4 ms"));
            Assert.That(markdown, Does.Contain("| Rolled back | 2.0.0 | `bbbbbbb` | " + new string('f', 64) + " |"));
            Assert.That(markdown, Does.Contain("1. Find out why `GET /health` failed: expected status 200."));
            Assert.That(markdown, Does.EndWith("<!-- liftoff:incident production 2.0.0 42 -->\n"));
        });
    }

    [Test]
    public void Render_TheTimeline_IsInTimeOrder()
    {
        var markdown = IncidentMarkdown.Render(IncidentSamples.Report());

        var started = markdown.IndexOf("Deploy of 2.0.0 to production started", StringComparison.Ordinal);
        var switched = markdown.IndexOf("Switched production", StringComparison.Ordinal);
        var verified = markdown.IndexOf("Rollback verified", StringComparison.Ordinal);
        Assert.That(started, Is.LessThan(switched));
        Assert.That(switched, Is.LessThan(verified));
    }

    [Test]
    public void Render_CommitsOfTheBadRelease_AreListedByShortShaAndHeader()
    {
        var commits = new[] { new GitCommit("cccccccccccccccccccc", ["b"], "fix: health probe (#81)\n\nbody"), new GitCommit("dddddddddddddddddddd", ["c"], "feat: cache | everything\n") };

        var markdown = IncidentMarkdown.Render(IncidentSamples.Report(commits));

        Assert.That(markdown, Does.Contain("## Commits in 2.0.0\n\n- `ccccccc` fix: health probe (#81)\n- `ddddddd` feat: cache | everything\n"));
        Assert.That(markdown, Does.Contain("Review the 2 commits in 2.0.0"));
    }

    [Test]
    public void Render_ARollbackByHandInALaterRun_ListsTheValuesTheLedgerRecorded()
    {
        var report = IncidentSamples.Report() with
        {
            FailedValidation = null,
            Timeline = [],
            WentLiveAt = null,
            RecordedMeasurements = new Dictionary<string, double> { ["GET /health.status"] = 503 },
        };

        var markdown = IncidentMarkdown.Render(report);

        Assert.That(markdown, Does.Contain("- `GET /health.status` = 503"));
        Assert.That(markdown, Does.Contain("- **MTTR:** unknown"));
    }

    [Test]
    public void Render_TextFromAFailingCheck_CannotBreakTheTableOrOpenHtml()
    {
        var hostile = IncidentSamples.FailedHealth with { Name = "a|b", Reason = "<script>\nx" };
        var validation = IncidentSamples.FailedValidation() with
        {
            Rounds = [new RoundResult(1, IncidentSamples.Deployed, [hostile])],
        };

        var markdown = IncidentMarkdown.Render(IncidentSamples.Report() with { FailedValidation = validation });

        Assert.That(markdown, Does.Contain("| 1 | a\\|b |"));
        Assert.That(markdown, Does.Contain("&lt;script> x |"));
        Assert.That(markdown, Does.Not.Contain("<script>"));
    }
}
