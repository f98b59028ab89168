using Liftoff.TestSupport.Git;

namespace Liftoff.TestSupport.Tests.Git;

public sealed class HistoryBuilderTests
{
    [Test]
    public void Commit_ConventionalHistory_ProducesMessagesInOrder()
    {
        using var git = GitSandbox.Create();

        git.History()
            .Commit("feat: add x")
            .Commit("fix(auth): y")
            .Tag("v1.0.0")
            .Commit("feat!: breaking", body: "Drops the old API.\n\nBREAKING CHANGE: v1 endpoints removed")
            .Push();

        Assert.That(git.Log("%s").Reverse(), Is.EqualTo(new[] { "feat: add x", "fix(auth): y", "feat!: breaking" }));
        Assert.That(git.OriginGit("log", "--format=%s", "main").Split('\n'), Has.Length.EqualTo(3));
    }

    [Test]
    public void Commit_WithBody_KeepsBodyAndTrailer()
    {
        using var git = GitSandbox.Create();

        git.History().Commit("feat!: breaking", body: "Why it changed.\n\nBREAKING CHANGE: v1 endpoints removed");

        Assert.That(git.Git("log", "-1", "--format=%B"), Is.EqualTo("feat!: breaking\n\nWhy it changed.\n\nBREAKING CHANGE: v1 endpoints removed"));
    }

    [Test]
    public void Commit_BreakingChangeFooter_IsNotAGitTrailerUnlessHyphenated()
    {
        // Worth knowing for changelog parsing: git's trailer keys cannot contain a space, so the conventional-commit
        // footer "BREAKING CHANGE:" is invisible to %(trailers); only "BREAKING-CHANGE:" is. Parse the body instead.
        using var git = GitSandbox.Create();

        git.History()
            .Commit("feat!: spaced", body: "BREAKING CHANGE: spaced footer")
            .Commit("feat!: hyphenated", body: "BREAKING-CHANGE: hyphenated footer");

        Assert.That(git.Log("%(trailers:key=BREAKING CHANGE,valueonly,separator=%x2C)|%(trailers:key=BREAKING-CHANGE,valueonly,separator=%x2C)"),
            Is.EqualTo(new[] { "|hyphenated footer", "|" }));
    }

    [Test]
    public void Commits_Many_EachTouchesItsOwnFile()
    {
        using var git = GitSandbox.Create();

        var history = git.History().Commits(5, i => $"fix: bug {i}");

        Assert.That(history.Shas, Has.Count.EqualTo(5).And.Unique);
        foreach (var sha in history.Shas)
        {
            Assert.That(git.Git("show", "--format=", "--name-only", sha), Does.Match(@"^history/\d{4}\.txt$"));
        }
    }

    [Test]
    public void Tag_WithAndWithoutMessage_MakesAnnotatedAndLightweightTags()
    {
        using var git = GitSandbox.Create();

        git.History().Commit("feat: a").Tag("light").Tag("v1.0.0", message: "Release 1.0.0");

        Assert.That(git.Git("cat-file", "-t", "light"), Is.EqualTo("commit"));
        Assert.That(git.Git("cat-file", "-t", "v1.0.0"), Is.EqualTo("tag"));
    }

    [Test]
    public void Merge_FeatureBranch_CreatesMergeCommitWithTwoParents()
    {
        using var git = GitSandbox.Create();

        var history = git.History()
            .Commit("feat: base")
            .Branch("feature/login")
            .Commit("feat(login): form")
            .Checkout("main")
            .Commit("fix: on main meanwhile")
            .Merge("feature/login", "Merge pull request #12 from feature/login");

        var parents = git.Git("rev-list", "--parents", "-n", "1", "HEAD").Split(' ');
        Assert.Multiple(() =>
        {
            Assert.That(parents, Has.Length.EqualTo(3));
            Assert.That(git.Log("%s")[0], Is.EqualTo("Merge pull request #12 from feature/login"));
            Assert.That(history.Shas, Has.Count.EqualTo(4));
            Assert.That(git.Git("status", "--porcelain"), Is.Empty);
        });
    }

    [Test]
    public void Then_CustomStep_RunsInsideTheChain()
    {
        using var git = GitSandbox.Create();

        git.History()
            .Commit("feat: a")
            .Then(repo => repo.WriteFile("CHANGELOG.md", "# Changelog\n"))
            .Commit("docs: changelog", file: "CHANGELOG.md", content: "# Changelog\n\n## 1.0.0\n");

        Assert.That(git.ReadFile("CHANGELOG.md"), Is.EqualTo("# Changelog\n\n## 1.0.0\n"));
        Assert.That(git.Git("show", "--format=", "--name-only", "HEAD"), Is.EqualTo("CHANGELOG.md"));
    }
}
