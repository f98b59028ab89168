using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport.GitHub.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Gates;

public sealed class CheckReviewTaskTests : CheckReviewFixture
{
    [Test]
    public async Task CheckReview_ThroughThePipeline_ApprovedPullPasses()
    {
        // Given
        ApprovedHistory();

        // When
        using var harness = new HostHarness();
        var result = await harness.RunAsync(
            host => host
                .ConfigureServices(services => services.AddSingleton<IGitClientFactory>(new GitCliFactory(Sandbox.Environment)))
                .UseLiftoffPipeline(),
            Arguments("--target=Check-Review"));

        // Then
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Review: Pass · 1 commit · 1 PR approved (#77) · CI green"));
    }

    [Test]
    public async Task PreDeployChecks_ApprovedAndNoBlockers_ShowsBothPassing()
    {
        ApprovedHistory();

        var result = await RunGatesAsync(["--target=Pre-Deploy-Checks"]);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Review\s+✓ Pass\s+1 commit · 1 PR approved \(#77\) · CI green"));
        Assert.That(result.Output, Does.Match(@"Check-Backlog\s+✓ Pass\s+0 open blockers"));
    }

    [Test]
    public async Task CheckReview_ChangesRequestedAfterApproval_FailsTheRun()
    {
        ApprovedHistory();
        GitHub.Pulls.AddReview(77, "alice", "CHANGES_REQUESTED");

        var result = await RunGatesAsync(["--target=Check-Review"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Review failed: 1 commit · 1 unapproved (#77) · CI green: PR #77 has 0/1 approvals; changes requested by alice"));
    }

    [Test]
    public async Task CheckReview_ServerAnswers500EveryTime_FailsWithTheReason()
    {
        ApprovedHistory();
        Server.Faults.Add(new Fault { Status = 500, Times = Fault.Always });

        var result = await RunGatesAsync(["--target=Pre-Deploy-Checks"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Review\s+✗ Fail\s+error"));
        Assert.That(result.LastLine, Does.Contain(
            "Check-Review: error: LIFTOFF1250: GitHub: list pull requests of commit " + Sandbox.Head[..7]
            + " on acme/site: GitHub kept failing (500 Internal Server Error) after 0 retries, so it could not be checked."));
        Assert.That(result.LastLine, Does.Contain("Check-Backlog: error: LIFTOFF1250"));
    }

    [Test]
    public async Task CheckReview_NoToken_FailsSayingWhy()
    {
        ApprovedHistory();
        Environment.SetEnvironmentVariable(TokenVariable, null);

        var result = await RunGatesAsync(["--target=Pre-Deploy-Checks"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Review\s+✗ Fail\s+no token\s+no GitHub token, so this cannot be checked"));
        Assert.That(result.Output, Does.Match(@"Check-Backlog\s+✗ Fail\s+no token"));
        Assert.That(result.Output, Does.Not.Contain("test-token"));
    }

    [Test]
    public async Task CheckReview_SwitchedOff_IsSkippedEvenWithoutAToken()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);

        var result = await RunGatesAsync(["--target=Pre-Deploy-Checks", "--gates.review.enabled=false", "--gates.backlog.enabled=false"]);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Review\s+- Skipped\s+-\s+gates\.review\.enabled is false"));
        Assert.That(result.Output, Does.Match(@"Check-Backlog\s+- Skipped\s+-\s+gates\.backlog\.enabled is false"));
    }

    [Test]
    public async Task Hotfix_WithReason_WaivesOnlyCheckReview()
    {
        // Given: a direct push that would fail review, and a failing test gate
        Sandbox.History().Commit("fix: hot").Push();

        // When
        var result = await RunGatesAsync(
            ["--target=Pre-Deploy-Checks", "--hotfix", "--reason=login outage", "--gates.backlog.enabled=false"],
            host => host.AddTask<FailingTestsGate>());

        // Then
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Match(@"Check-Review\s+~ Waived\s+hotfix\s+hotfix: login outage"));
        Assert.That(result.Output, Does.Match(@"Check-Tests\s+✗ Fail\s+1/10 failed"));
        Assert.That(result.Output, Does.Contain("1 gate(s) failed: Check-Tests"));
    }

    [Test]
    public async Task Hotfix_WithoutReason_IsBadInputNamingTheArgument()
    {
        ApprovedHistory();

        var result = await RunGatesAsync(["--target=Pre-Deploy-Checks", "--hotfix"]);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1252: --hotfix needs --reason=\"...\""));
    }
}
