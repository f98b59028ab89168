using Liftoff.Diagnostics;
using Liftoff.Gates;

namespace Liftoff.Core.Tests.Gates.Review;

public sealed class ReviewGateTests : ReviewGateFixture
{
    [Test]
    public async Task Evaluate_EveryCommitFromAnApprovedMergedPull_Passes()
    {
        // Given
        var shas = Commit("feat: a", "fix: b", "feat: c");
        MergedPull(73, shas.Take(1), ("alice", "APPROVED"));
        MergedPull(77, shas.Skip(1), ("bob", "APPROVED"), ("carol", "APPROVED"));
        GreenCi();

        // When
        var result = await EvaluateAsync();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
            Assert.That(result.Measured, Is.EqualTo("3 commits · 2 PRs approved (#73, #77) · CI green"));
            Assert.That(result.Reason, Does.StartWith("every commit since v1.0.0 came from a merged pull request with at least 1 approval"));
            Assert.That(result.Values["pullRequests"], Is.EqualTo("73,77"));
            Assert.That(result.Values["approvals"], Is.EqualTo("#73=1,#77=2"));
            Assert.That(result.Values["ci"], Is.EqualTo("green"));
        });
    }

    [Test]
    public async Task Evaluate_ChangesRequestedAfterApproval_Fails()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"), ("alice", "CHANGES_REQUESTED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Is.EqualTo("PR #77 has 0/1 approvals; changes requested by alice"));
            Assert.That(result.Measured, Does.Contain("1 unapproved (#77)"));
        });
    }

    [Test]
    public async Task Evaluate_ApprovalAfterChangesRequested_Passes()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "CHANGES_REQUESTED"), ("alice", "APPROVED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
    }

    [Test]
    public async Task Evaluate_CommentAfterApproval_StillApproved()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"), ("alice", "COMMENTED"), ("bob", "COMMENTED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
            Assert.That(result.Values["approvals"], Is.EqualTo("#77=1"));
        });
    }

    [Test]
    public async Task Evaluate_DirectPush_FailsNamingTheCommit()
    {
        var shas = Commit("feat: a", "fix: pushed straight to main");
        MergedPull(77, shas.Take(1), ("alice", "APPROVED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Is.EqualTo($"commit {shas[1][..7]} pushed without a merged pull request (allow with gates.review.allowDirectPush)"));
            Assert.That(result.Measured, Is.EqualTo("2 commits · 1 PR approved (#77) · 1 direct push · CI green"));
            Assert.That(result.Values["directPushes"], Is.EqualTo(shas[1][..7]));
        });
    }

    [Test]
    public async Task Evaluate_DirectPushAllowed_Passes()
    {
        Commit("fix: pushed straight to main");
        GreenCi();
        Options.AllowDirectPush = true;

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
            Assert.That(result.Reason, Does.Contain("or was a direct push, which is allowed"));
        });
    }

    [Test]
    public async Task Evaluate_OnlyAnUnmergedPull_CountsAsDirectPush()
    {
        var shas = Commit("feat: a");
        GitHub.Pulls.Add(80, "still open", [.. shas], merged: false);
        GitHub.Pulls.AddReview(80, "alice", "APPROVED");
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Does.Contain("pushed without a merged pull request"));
        });
    }

    [Test]
    public async Task Evaluate_TwoPullsOneUnapproved_FailsNamingIt()
    {
        var shas = Commit("feat: a", "feat: b");
        MergedPull(77, shas.Take(1), ("alice", "APPROVED"));
        MergedPull(78, shas.Skip(1), ("bob", "COMMENTED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Is.EqualTo("PR #78 has 0/1 approvals"));
            Assert.That(result.Measured, Is.EqualTo("2 commits · 1 PR approved (#77) · 1 unapproved (#78) · CI green"));
        });
    }

    [Test]
    public async Task Evaluate_FewerApprovalsThanRequired_Fails()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        GreenCi();
        Options.Approvals = 2;

        var result = await EvaluateAsync();

        Assert.That(result.Reason, Is.EqualTo("PR #77 has 1/2 approvals"));
    }

    [Test]
    public async Task Evaluate_FailedCheckRun_FailsAsCiRed()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        GitHub.Statuses.AddStatus(Sandbox.Head, "ci/build", "success");
        GitHub.Statuses.AddCheckRun(Sandbox.Head, "test", conclusion: "failure");

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Is.EqualTo($"CI red for HEAD {Sandbox.Head[..7]}: check run 'test' failure"));
            Assert.That(result.Measured, Does.EndWith("· CI red"));
        });
    }

    [Test]
    public async Task Evaluate_FailedStatus_FailsAsCiRed()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        GitHub.Statuses.AddStatus(Sandbox.Head, "ci/lint", "error");

        var result = await EvaluateAsync();

        Assert.That(result.Reason, Is.EqualTo($"CI red for HEAD {Sandbox.Head[..7]}: status 'ci/lint' error"));
    }

    [Test]
    public async Task Evaluate_PendingCheckAndStatus_FailsAsPending()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        GitHub.Statuses.AddStatus(Sandbox.Head, "ci/deploy-preview", "pending");
        GitHub.Statuses.AddCheckRun(Sandbox.Head, "e2e", status: "in_progress");

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Is.EqualTo($"CI pending for HEAD {Sandbox.Head[..7]}: status 'ci/deploy-preview' pending, check run 'e2e' in_progress"));
            Assert.That(result.Values["ci"], Is.EqualTo("pending"));
        });
    }

    [Test]
    public async Task Evaluate_NoCiReported_FailsSafe()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Reason, Does.StartWith("CI: no statuses or check runs reported for HEAD"));
        });
    }

    [Test]
    public async Task Evaluate_GreenChecksNotRequired_IgnoresCi()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        GitHub.Statuses.AddCheckRun(Sandbox.Head, "test", conclusion: "failure");
        Options.RequireGreenChecks = false;

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
            Assert.That(result.Values["ci"], Is.EqualTo("not required"));
        });
    }

    [Test]
    public async Task Evaluate_NothingSinceProduction_PassesWithZeroCommits()
    {
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(result.Measured, Does.StartWith("0 commits"));
            Assert.That(result.Reason, Does.StartWith("nothing to review since v1.0.0"));
        });
    }

    [Test]
    public async Task Evaluate_PrereleaseTagSinceProduction_StillReviewsFromTheStableTag()
    {
        var first = Commit("feat: a");
        Sandbox.History().Tag("v1.1.0-rc.1");
        var second = Commit("fix: b");
        MergedPull(77, first, ("alice", "APPROVED"));
        MergedPull(78, second, ("bob", "APPROVED"));
        GreenCi();

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Values["since"], Is.EqualTo("v1.0.0"));
            Assert.That(result.Values["commits"], Is.EqualTo("2"));
        });
    }

    [Test]
    public void Evaluate_ServerAnswers500EveryTime_ThrowsWithTheReasonAfterRetrying()
    {
        var shas = Commit("feat: a");
        MergedPull(77, shas, ("alice", "APPROVED"));
        var fault = Server.Faults.Add(new TestSupport.GitHub.Faults.Fault { Status = 500, Times = TestSupport.GitHub.Faults.Fault.Always });

        var error = Assert.ThrowsAsync<LiftoffException>(() => EvaluateAsync(maxRetries: 2));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GateGitHubReadFailed));
            Assert.That(error.Message, Does.Contain("GitHub kept failing (500 Internal Server Error) after 2 retries"));
            Assert.That(error.Message, Does.Contain("acme/site"));
            Assert.That(fault.FiredCount, Is.EqualTo(3));
        });
    }
}
