using System.Diagnostics;
using Liftoff.Diagnostics;

namespace Liftoff.Core.Tests.Deploy.GitHubPages;

/// <summary>What the Pages target must never do: touch the user's checkout, lose a concurrent push, or rewrite everything.</summary>
[TestFixture]
public sealed class GitHubPagesSafetyTests
{
    private GitHubPagesFixture _pages = null!;

    [SetUp]
    public void CreateFixture() => _pages = new GitHubPagesFixture();

    [TearDown]
    public void DeleteFixture() => _pages.Dispose();

    [Test]
    public async Task DeployAndRollback_CleanCheckout_StaysCleanOnItsBranch()
    {
        // Given
        var git = _pages.Git;
        var head = git.Head;
        var branch = git.CurrentBranch;
        var target = _pages.CreateTarget();

        // When
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("2.0.0"));
        await target.RollbackAsync(_pages.ReleaseId("1.0.0"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(git.Git("status", "--porcelain", "--untracked-files=all"), Is.Empty);
            Assert.That(git.Head, Is.EqualTo(head));
            Assert.That(git.CurrentBranch, Is.EqualTo(branch));
            Assert.That(git.Git("branch", "--list", "gh-pages"), Is.Empty, "no local gh-pages branch appears");
        });
    }

    [Test]
    public async Task Deploy_DirtyCheckout_KeepsStagedAndUnstagedWorkAsItWas()
    {
        // Given: a staged change, an unstaged change and an untracked file.
        var git = _pages.Git;
        git.WriteFile("README.md", "# staged\n");
        git.Git("add", "README.md");
        git.WriteFile("README.md", "# staged, then edited\n");
        git.WriteFile("notes.txt", "untracked");
        var status = git.Git("status", "--porcelain");
        var staged = git.Git("diff", "--cached");
        var target = _pages.CreateTarget();

        // When
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));

        // Then
        Assert.That(git.Git("status", "--porcelain"), Is.EqualTo(status));
        Assert.That(git.Git("diff", "--cached"), Is.EqualTo(staged));
        Assert.That(git.ReadFile("README.md"), Is.EqualTo("# staged, then edited\n"));
    }

    [Test]
    public async Task Switch_BranchMovedAfterPrepare_FailsClearlyAndLosesNothing()
    {
        // Given: v1 is live and v2 is prepared on top of it.
        var target = _pages.CreateTarget();
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("1.0.0"));
        var v1Commit = _pages.Git.OriginGit("rev-parse", "gh-pages");
        var prepared = await target.PrepareAsync(await _pages.BuildSiteAsync("2.0.0"));

        // When: someone else pushes to gh-pages before the switch.
        var other = _pages.Git.CloneAgain();
        other.Git("checkout", "--quiet", "-b", "gh-pages", "origin/gh-pages");
        other.WriteFile("hotfix.html", "hotfix");
        var hotfix = other.Commit("hotfix");
        other.Push("gh-pages");
        var error = Assert.ThrowsAsync<LiftoffException>(() => target.SwitchAsync(prepared));

        // Then: a clear error, the other push intact, and a fresh deploy builds on top of it.
        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.PagesBranchMoved));
        Assert.That(error.Message, Does.Contain(v1Commit).And.Contain(hotfix).And.Contain("Nothing was pushed"));
        Assert.That(_pages.Git.OriginGit("rev-parse", "gh-pages"), Is.EqualTo(hotfix));
        Assert.That(_pages.Git.OriginGit("rev-parse", "gh-pages^"), Is.EqualTo(v1Commit));

        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildSiteAsync("2.0.0"));
        Assert.That(_pages.Git.OriginGit("rev-parse", "gh-pages^"), Is.EqualTo(hotfix));
    }

    [Test]
    public async Task Prepare_OneFileChanged_WritesOnlyTheChangedBlobsTheirTreesAndTheCommit()
    {
        // Given: a site of 200 files, deployed.
        var files = Enumerable.Range(0, 200).Select(i => ($"pages/p{i:000}.html", $"<p>page {i}</p>")).ToList();
        var target = _pages.CreateTarget();
        var timer = Stopwatch.StartNew();
        await GitHubPagesFixture.DeployAsync(target, await _pages.BuildAsync("1.0.0", [("index.html", "one"), .. files]));
        var firstDeploy = timer.Elapsed;
        var before = LooseObjects();

        // When: the next version changes index.html only.
        timer.Restart();
        var release = await target.PrepareAsync(await _pages.BuildAsync("1.0.1", [("index.html", "two"), .. files]));
        var prepare = timer.Elapsed;
        var written = LooseObjects() - before;

        // Then: index.html's blob, the marker's blob, .well-known/, the root tree and the commit; nothing for pages/.
        await TestContext.Out.WriteLineAsync($"201-file site: first deploy {firstDeploy.TotalMilliseconds:0} ms; one-file change: prepare {prepare.TotalMilliseconds:0} ms, {written} objects written");
        Assert.That(written, Is.EqualTo(5));
        Assert.That(release.Location, Is.Not.Empty);
    }

    private int LooseObjects()
    {
        var count = _pages.Git.Git("count-objects", "-v").Split('\n').Single(l => l.StartsWith("count: ", StringComparison.Ordinal));
        return int.Parse(count["count: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
