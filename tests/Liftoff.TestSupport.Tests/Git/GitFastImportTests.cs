using System.Diagnostics;
using Liftoff.TestSupport.Git;

namespace Liftoff.TestSupport.Tests.Git;

public sealed class GitFastImportTests
{
    [Test]
    public void FastImport_TwoThousandCommits_WritesWholeHistoryQuickly()
    {
        using var git = GitSandbox.Create();
        var stopwatch = Stopwatch.StartNew();

        var head = git.FastImport(2_000, i => i % 10 == 0 ? $"feat: feature {i}" : $"fix: bug {i}");

        stopwatch.Stop();
        TestContext.Out.WriteLine($"fast-import of 2,000 commits: {stopwatch.ElapsedMilliseconds} ms");
        Assert.Multiple(() =>
        {
            Assert.That(git.Git("rev-list", "--count", "HEAD"), Is.EqualTo("2000"));
            Assert.That(head, Is.EqualTo(git.Head));
            Assert.That(git.Log("%s")[0], Is.EqualTo("fix: bug 1999"));
            Assert.That(git.Git("log", "--format=%s", "--reverse", "--max-parents=0"), Is.EqualTo("feat: feature 0"));
            Assert.That(git.Git("status", "--porcelain"), Is.Empty, "working tree follows the imported tip");
            Assert.That(git.Git("log", "-1", "--format=%an <%ae> %cI"), Is.EqualTo("Liftoff Test <test@liftoff.invalid> 2024-01-02T09:20:00+00:00"));
        });
    }

    [Test]
    public void FastImport_OnExistingHistory_ContinuesFromHead()
    {
        using var git = GitSandbox.Create();
        var before = git.History().Commit("feat: handmade").Head;

        git.FastImport(10, i => $"chore: synthetic {i}");

        Assert.That(git.Git("rev-list", "--count", "HEAD"), Is.EqualTo("11"));
        Assert.That(git.Git("rev-parse", "HEAD~10"), Is.EqualTo(before));
    }

    [Test]
    public void FastImport_OtherBranch_LeavesCurrentBranchAlone()
    {
        using var git = GitSandbox.Create();
        var main = git.History().Commit("feat: on main").Head;

        git.FastImport(5, i => $"chore: {i}", branch: "bench");

        Assert.That(git.Head, Is.EqualTo(main));
        Assert.That(git.Git("rev-list", "--count", "bench"), Is.EqualTo("5"));
    }

    [Test]
    public void FastImport_NonAsciiMessages_AreStoredIntact()
    {
        using var git = GitSandbox.Create();

        git.FastImport(3, i => $"feat: façade ünïcode {i} ✓");

        Assert.That(git.Log("%s")[0], Is.EqualTo("feat: façade ünïcode 2 ✓"));
    }

    [Test]
    [Explicit("benchmark-sized: run on demand to check fast-import still scales")]
    [Category("Slow")]
    public void FastImport_HundredThousandCommits_StaysFast()
    {
        using var git = GitSandbox.Create();
        var stopwatch = Stopwatch.StartNew();

        git.FastImport(100_000, i => $"feat(area{i % 7}): change {i}");

        TestContext.Out.WriteLine($"fast-import of 100,000 commits: {stopwatch.ElapsedMilliseconds} ms");
        Assert.That(git.Git("rev-list", "--count", "HEAD"), Is.EqualTo("100000"));
    }
}
