using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Releasing;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Releasing;

public sealed class ReleaseTaggerTests
{
    [Test]
    public async Task TagAndPushAsync_ChangedChangelog_CommitsTagsAndPushesBoth()
    {
        using var sandbox = ReleasableSandbox();
        sandbox.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.1.0\n");

        var outcome = await Tagger(sandbox).TagAndPushAsync(Request() with { Files = ["CHANGELOG.md"] });

        Assert.That(sandbox.Log("%s", "HEAD")[0], Is.EqualTo("chore(release): 1.1.0"));
        Assert.That(sandbox.OriginGit("rev-parse", "refs/tags/v1.1.0^{commit}"), Is.EqualTo(sandbox.Head));
        Assert.That(sandbox.OriginGit("rev-parse", "refs/heads/main"), Is.EqualTo(sandbox.Head));
        Assert.That(sandbox.OriginGit("cat-file", "-t", "refs/tags/v1.1.0"), Is.EqualTo("tag"), "annotated");
        Assert.That(outcome.Commit, Is.EqualTo(sandbox.Head));
    }

    [Test]
    public async Task TagAndPushAsync_TagAlreadyAtHead_ReusesItAndStillPushes()
    {
        using var sandbox = ReleasableSandbox();
        sandbox.Tag("v1.1.0", "Release v1.1.0");
        var head = sandbox.Head;

        var outcome = await Tagger(sandbox).TagAndPushAsync(Request() with { Files = [] });

        Assert.That(outcome.Steps, Has.Some.StartsWith("tag v1.1.0 reused"));
        Assert.That(sandbox.Head, Is.EqualTo(head), "no second release commit");
        Assert.That(sandbox.OriginGit("rev-parse", "refs/tags/v1.1.0^{commit}"), Is.EqualTo(head));
    }

    [Test]
    public async Task TagAndPushAsync_TagAtAnotherCommit_FailsAndChangesNothing()
    {
        using var sandbox = ReleasableSandbox();
        sandbox.Tag("v1.1.0", "made elsewhere", target: "HEAD~1");
        sandbox.WriteFile("CHANGELOG.md", "changed");
        var before = Snapshot(sandbox);

        var error = Assert.ThrowsAsync<LiftoffException>(() => Tagger(sandbox).TagAndPushAsync(Request() with { Files = ["CHANGELOG.md"] }));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.TagConflict));
        Assert.That(error.Message, Does.Contain("Tag v1.1.0 already exists here at").And.Contain("Nothing was committed, tagged or pushed."));
        Assert.That(Snapshot(sandbox), Is.EqualTo(before));
    }

    [Test]
    public async Task TagAndPushAsync_RemoteHasNewerCommits_FailsBeforeCommittingOrTagging()
    {
        using var sandbox = ReleasableSandbox();
        var other = sandbox.CloneAgain();
        other.WriteFile("other.txt", "someone else");
        other.Commit("fix: pushed by someone else", "other.txt");
        other.Push();
        sandbox.WriteFile("CHANGELOG.md", "changed");
        var before = Snapshot(sandbox);

        var error = Assert.ThrowsAsync<LiftoffException>(() => Tagger(sandbox).TagAndPushAsync(Request() with { Files = ["CHANGELOG.md"] }));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.RemoteAhead));
        Assert.That(error.Message, Does.Contain("origin/main is at").And.Contain("Pull, then run the release again."));
        Assert.That(Snapshot(sandbox), Is.EqualTo(before));
    }

    [Test]
    public async Task TagAndPushAsync_DryRun_ReportsEveryStepAndChangesNothing()
    {
        using var sandbox = ReleasableSandbox();
        sandbox.WriteFile("CHANGELOG.md", "changed");
        var before = Snapshot(sandbox);

        var outcome = await Tagger(sandbox).TagAndPushAsync(Request() with { Files = ["CHANGELOG.md"], DryRun = true });

        Assert.That(outcome.Steps, Is.EqualTo(new[]
        {
            "would commit 'chore(release): 1.1.0' with CHANGELOG.md",
            $"would create annotated tag v1.1.0 at {sandbox.Head[..7]}",
            "would push HEAD:refs/heads/main and refs/tags/v1.1.0 to origin atomically",
        }));
        Assert.That(Snapshot(sandbox), Is.EqualTo(before));
    }

    [Test]
    public async Task TagAndPushAsync_NoRemote_TagsLocallyAndSaysSo()
    {
        using var sandbox = ReleasableSandbox();
        sandbox.Git("remote", "remove", "origin");

        var outcome = await Tagger(sandbox).TagAndPushAsync(Request() with { Files = [] });

        Assert.That(outcome.Steps, Does.Contain("no push: the repository has no remote 'origin'"));
        Assert.That(sandbox.Git("rev-parse", "v1.1.0^{commit}"), Is.EqualTo(sandbox.Head));
    }

    [Test]
    public async Task TagAndPushAsync_CommitSwitchedOff_TagsHeadAndLeavesFilesUncommitted()
    {
        using var sandbox = ReleasableSandbox();
        var head = sandbox.Head;
        sandbox.WriteFile("CHANGELOG.md", "changed");

        var outcome = await Tagger(sandbox).TagAndPushAsync(Request() with { Files = ["CHANGELOG.md"], CommitMessage = null });

        Assert.That(outcome.Commit, Is.EqualTo(head));
        Assert.That(outcome.Steps, Does.Contain("no release commit (switched off)"));
        Assert.That(sandbox.Git("status", "--porcelain"), Does.Contain("CHANGELOG.md"));
    }

    private static GitSandbox ReleasableSandbox()
    {
        var sandbox = GitSandbox.Create();
        sandbox.History().Commit("feat: first").Tag("v1.0.0").Commit("feat: second").Push();
        return sandbox;
    }

    private static ReleaseTagger Tagger(GitSandbox sandbox) => new(new GitCli(sandbox.Path, sandbox.Environment));

    private static TagRequest Request() => new()
    {
        TagName = "v1.1.0",
        CommitMessage = "chore(release): 1.1.0",
        Branch = "main",
    };

    // Every ref here and on the origin, and the working tree's status: what a failed or dry release must leave alone.
    private static string Snapshot(GitSandbox sandbox) =>
        sandbox.Git("for-each-ref", "--format=%(refname) %(objectname)") + "\n--\n"
        + sandbox.OriginGit("for-each-ref", "--format=%(refname) %(objectname)") + "\n--\n"
        + sandbox.Git("status", "--porcelain");
}
