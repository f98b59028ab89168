using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Gates;

public sealed class CheckBacklogTaskTests : CheckReviewFixture
{
    [Test]
    public async Task CheckBacklog_OneBlocker_FailsListingIt()
    {
        GitHub.Issues.Add(12, "Login broken", ["critical"]);
        GitHub.Issues.Add(13, "Fix login", ["critical"], isPullRequest: true);

        var result = await RunGatesAsync(["--target=Check-Backlog"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Backlog failed: 1 open blocker: #12 Login broken [critical]"));
    }

    [Test]
    public async Task CheckBacklog_ConfiguredLabels_FromTheCommandLine()
    {
        GitHub.Issues.Add(12, "Login broken", ["critical"]);

        var result = await RunGatesAsync(["--target=Check-Backlog", "--gates.backlog.labels.0=P0", "--gates.backlog.labels.1=P1"]);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Backlog: Pass · 0 open blockers · no open issue is labelled P0, P1"));
    }
}
