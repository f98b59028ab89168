using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Branch;
using Liftoff.Git;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Gates.Branch;

public sealed class BranchGateTests
{
    private GitSandbox _sandbox = null!;

    [SetUp]
    public void CreateSandbox()
    {
        _sandbox = GitSandbox.Create();
        _sandbox.History().Commit("feat: first").Tag("v1.4.5").Commit("fix: auth redirect").Commit("feat: dark mode").Push();
    }

    [TearDown]
    public void DisposeSandbox() => _sandbox.Dispose();

    [Test]
    public async Task Evaluate_ReleaseBranchCleanUpToDateAndAhead_PassesListingTheCommits()
    {
        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("2 commit(s) ahead of v1.4.5"));
        Assert.That(result.Values["commitsAhead"], Is.EqualTo("2"));
        Assert.That(result.Values["productionTag"], Is.EqualTo("v1.4.5"));
        Assert.That(result.Values["commits"], Does.Match(@"^[0-9a-f]{7} feat: dark mode\n[0-9a-f]{7} fix: auth redirect$"));
    }

    [Test]
    public async Task Evaluate_DirtyTree_FailsNamingTheChangedFiles()
    {
        _sandbox.WriteFile("notes.txt", "not committed");

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("1 uncommitted change(s)"));
        Assert.That(result.Reason, Does.Contain("not clean: notes.txt"));
    }

    [Test]
    public async Task Evaluate_BehindOrigin_FetchesThenFailsWithTheCount()
    {
        var colleague = _sandbox.CloneAgain();
        colleague.History().Commit("fix: from a colleague").Push();

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("1 behind origin/main"));
        Assert.That(result.Reason, Does.Contain("pull"));
    }

    [Test]
    public async Task Evaluate_LocalCommitsNotYetPushed_PassesBecauseHeadContainsTheRemote()
    {
        _sandbox.History().Commit("fix: local only");

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Values["commitsAhead"], Is.EqualTo("3"));
    }

    [Test]
    public async Task Evaluate_NothingNewSinceProduction_Fails()
    {
        _sandbox.History().Tag("v1.5.0").Push();

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("0 commit(s) ahead of v1.5.0"));
        Assert.That(result.Reason, Does.Contain("nothing new since v1.5.0"));
    }

    [Test]
    public async Task Evaluate_PrereleaseTagAtHead_CountsFromTheLastStableTag()
    {
        _sandbox.History().Tag("v1.5.0-beta.1").Push();

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(result.Measured, Is.EqualTo("2 commit(s) ahead of v1.4.5"));
    }

    [Test]
    public async Task Evaluate_FeatureBranch_FailsNamingTheReleaseBranches()
    {
        _sandbox.History().Branch("feature/login").Commit("feat: login").Push();

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Is.EqualTo("feature/login is not a release branch; release from main, master"));
    }

    [Test]
    public async Task Evaluate_BranchNotOnRemote_Fails()
    {
        _sandbox.Git("checkout", "--quiet", "-b", "master");

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Is.EqualTo("origin has no branch master; push it first"));
    }

    [Test]
    public async Task Evaluate_DetachedHead_Fails()
    {
        _sandbox.Git("checkout", "--quiet", "--detach");

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("detached HEAD"));
    }

    [Test]
    public async Task Evaluate_NoProductionReleaseYet_CountsEveryCommit()
    {
        _sandbox.Git("tag", "--delete", "v1.4.5");

        var result = await EvaluateAsync();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(result.Measured, Is.EqualTo("3 commit(s) ahead of the first commit"));
    }

    [Test]
    public async Task Evaluate_Disabled_IsSkippedWithTheSetting()
    {
        var result = await EvaluateAsync(new BranchGateOptions { Enabled = false });

        Assert.That((result.Gate, result.Verdict, result.Reason), Is.EqualTo(("Check-Branch", Verdict.Skipped, "gates.branch.enabled is false")));
    }

    private Task<GateResult> EvaluateAsync(BranchGateOptions? options = null) =>
        new BranchGate(new GitCli(_sandbox.Path, _sandbox.Environment), options ?? new BranchGateOptions(), new ReleaseOptions()).EvaluateAsync();
}
