using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Review;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.GitHub.Reviews;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.Core.Tests.Gates.Review;

/// <summary>
/// A sandbox repository released as v1.0.0, plus a local GitHub server that the gate reads through real Octokit as
/// a GitHub Enterprise host. Tests add commits, then seed the pulls, reviews and CI the server reports for them.
/// </summary>
public abstract class ReviewGateFixture
{
    protected GitSandbox Sandbox { get; private set; } = null!;

    protected LocalGitHubServer Server { get; private set; } = null!;

    protected RepoState GitHub => Server.State.Repo("acme", "site");

    protected ReviewGateOptions Options { get; private set; } = null!;

    [SetUp]
    public async Task CreateSandboxAndServer()
    {
        Options = new ReviewGateOptions();
        Sandbox = GitSandbox.Create();
        Sandbox.History().Commit("feat: first").Tag("v1.0.0");
        Server = await LocalGitHubServer.StartAsync();
    }

    [TearDown]
    public async Task DisposeSandboxAndServer()
    {
        await Server.DisposeAsync();
        Sandbox.Dispose();
    }

    /// <summary>Commits <paramref name="messages"/> and returns their shas, oldest first.</summary>
    protected IReadOnlyList<string> Commit(params string[] messages)
    {
        var history = Sandbox.History();
        foreach (var message in messages)
        {
            history.Commit(message);
        }

        return history.Shas;
    }

    /// <summary>A merged pull request <paramref name="number"/> with the given commits, and its reviews as (reviewer, state) pairs.</summary>
    protected void MergedPull(int number, IEnumerable<string> shas, params (string Reviewer, string State)[] reviews)
    {
        GitHub.Pulls.Add(number, $"PR {number}", [.. shas]);
        foreach (var (reviewer, state) in reviews)
        {
            GitHub.Pulls.AddReview(number, reviewer, state);
        }
    }

    /// <summary>A green status and a green check run on HEAD.</summary>
    protected void GreenCi()
    {
        GitHub.Statuses.AddStatus(Sandbox.Head, "ci/build", "success");
        GitHub.Statuses.AddCheckRun(Sandbox.Head, "test", conclusion: "success");
    }

    protected IGitHubReviews Reviews(int maxRetries = 0) => new OctokitGitHubReviews(
        GitHubClientFactory.Create(new GitHubConnectionSettings(Server.ApiUri, "test-token")),
        new GitHubRepository("acme", "site"),
        new GitHubResilienceOptions { MaxRetryAttempts = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), UseJitter = false });

    protected Task<GateResult> EvaluateAsync(int maxRetries = 0) =>
        new ReviewGate(new GitCli(Sandbox.Path, Sandbox.Environment), Reviews(maxRetries), Options, "v").EvaluateAsync();
}
