using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Gates;
using Liftoff.Gates.Backlog;
using Liftoff.GitHub;
using Liftoff.GitHub.Issues;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.Core.Tests.Gates.Backlog;

public sealed class BacklogGateTests
{
    private LocalGitHubServer _server = null!;

    private IssueStore Issues => _server.State.Repo("acme", "site").Issues;

    [SetUp]
    public async Task StartServer() => _server = await LocalGitHubServer.StartAsync();

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task Evaluate_NoBlockingIssues_Passes()
    {
        Issues.Add(1, "Typo in footer", ["docs"]);
        Issues.Add(2, "Old crash", ["critical"], state: "closed");

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(result.Measured, Is.EqualTo("0 open blockers"));
            Assert.That(result.Reason, Is.EqualTo("no open issue is labelled critical, blocker"));
        });
    }

    [Test]
    public async Task Evaluate_OneBlocker_FailsListingIt()
    {
        Issues.Add(12, "Login broken", ["critical", "auth"]);

        var result = await EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Measured, Is.EqualTo("1 open blocker"));
            Assert.That(result.Reason, Is.EqualTo("#12 Login broken [critical]"));
            Assert.That(result.Values["issues"], Is.EqualTo("12"));
        });
    }

    [Test]
    public async Task Evaluate_IssuesWithEitherLabel_AreEachListedOnce()
    {
        Issues.Add(12, "Login broken", ["critical"]);
        Issues.Add(14, "Payments down", ["blocker", "critical"]);
        Issues.Add(15, "Release notes wrong", ["blocker"]);

        var result = await EvaluateAsync();

        Assert.That(result.Reason, Is.EqualTo("#12 Login broken [critical]; #14 Payments down [blocker, critical]; #15 Release notes wrong [blocker]"));
    }

    [Test]
    public async Task Evaluate_PullRequestWithTheLabel_IsIgnored()
    {
        Issues.Add(13, "Fix login", ["critical"], isPullRequest: true);

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public async Task Evaluate_ConfiguredLabels_AreTheOnesChecked()
    {
        Issues.Add(12, "Login broken", ["critical"]);
        Issues.Add(20, "Ship stopper", ["P0"]);

        var result = await EvaluateAsync(new BacklogGateOptions { Labels = ["P0"] });

        Assert.That(result.Reason, Is.EqualTo("#20 Ship stopper [P0]"));
    }

    [Test]
    public async Task Evaluate_NoLabelsConfigured_IsSkipped()
    {
        var result = await EvaluateAsync(new BacklogGateOptions { Labels = [] });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Skipped));
    }

    [Test]
    public void Evaluate_ServerAnswers500EveryTime_ThrowsWithTheReason()
    {
        _server.Faults.Add(new Fault { Status = 500, Times = Fault.Always });

        var error = Assert.ThrowsAsync<LiftoffException>(() => EvaluateAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GateGitHubReadFailed));
            Assert.That(error.Message, Does.Contain("list open issues labelled 'critical' on acme/site: GitHub kept failing (500 Internal Server Error)"));
        });
    }

    [Test]
    public void Evaluate_TokenRejected_ThrowsAccessDenied()
    {
        _server.Auth.AcceptedToken = "another-token";

        var error = Assert.ThrowsAsync<LiftoffException>(() => EvaluateAsync());

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GateGitHubAccessDenied));
        Assert.That(error.Message, Does.Not.Contain("test-token"));
    }

    private Task<GateResult> EvaluateAsync(BacklogGateOptions? options = null)
    {
        var issues = new OctokitGitHubIssues(
            GitHubClientFactory.Create(new GitHubConnectionSettings(_server.ApiUri, "test-token")),
            new GitHubRepository("acme", "site"),
            new GitHubResilienceOptions { MaxRetryAttempts = 0 });
        return new BacklogGate(issues, options ?? new BacklogGateOptions()).EvaluateAsync();
    }
}
