using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Tests.Git;

public sealed class GitSandboxTests
{
    [Test]
    public void Create_Default_HasBareOriginAndEmptyCloneOnMain()
    {
        using var git = GitSandbox.Create();

        Assert.Multiple(() =>
        {
            Assert.That(git.OriginGit("rev-parse", "--is-bare-repository"), Is.EqualTo("true"));
            Assert.That(git.Git("remote", "get-url", "origin"), Is.EqualTo(git.OriginPath));
            Assert.That(git.CurrentBranch, Is.EqualTo("main"));
            Assert.That(git.TryGit("rev-parse", "--verify", "HEAD").Succeeded, Is.False, "no commits yet");
            Assert.That(git.Path, Does.StartWith(Path.GetTempPath()).And.Contain(TempDirectory.Prefix));
        });
    }

    [Test]
    public void Create_Default_ReadsNoConfigFromOutsideTheSandbox()
    {
        using var git = GitSandbox.Create();

        var origins = git.Git("config", "--list", "--show-origin").Split('\n')
            .Select(line => line.Split('\t')[0])
            .Distinct()
            .ToList();

        Assert.That(origins, Is.Not.Empty);
        Assert.That(origins, Has.All.StartsWith("file:" + git.Root).Or.EqualTo("file:.git/config"));
    }

    [Test]
    public void Commit_TagAndPush_AreVisibleInBareOrigin()
    {
        using var git = GitSandbox.Create();
        git.WriteFile("src/app.txt", "v1\n");

        var sha = git.Commit("feat: first feature", "src/app.txt");
        git.Tag("v1.0.0", message: "Release 1.0.0");
        git.Push();

        Assert.Multiple(() =>
        {
            Assert.That(git.OriginGit("log", "--format=%s", "main"), Is.EqualTo("feat: first feature"));
            Assert.That(git.OriginGit("rev-parse", "main"), Is.EqualTo(sha));
            Assert.That(git.OriginGit("cat-file", "-t", "v1.0.0"), Is.EqualTo("tag"), "annotated tag pushed");
            Assert.That(git.OriginGit("rev-parse", "v1.0.0^{commit}"), Is.EqualTo(sha));
            Assert.That(git.Git("rev-parse", "--abbrev-ref", "main@{upstream}"), Is.EqualTo("origin/main"));
        });
    }

    [Test]
    public void Commit_SameStepsInTwoSandboxes_ProducesSameShas()
    {
        static string Build()
        {
            using var git = GitSandbox.Create();
            return git.History().Commit("feat: a").Tag("v0.1.0", "annotated").Commit("fix: b").Head;
        }

        var first = Build();
        var second = Build();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Commit_EachCommit_MovesTheClockOneStep()
    {
        using var git = GitSandbox.Create();

        git.History().Commit("feat: a").Commit("feat: b");

        var dates = git.Log("%aI|%cI").Reverse().ToList();
        Assert.That(dates, Is.EqualTo(new[] { "2024-01-01T00:01:00+00:00|2024-01-01T00:01:00+00:00", "2024-01-01T00:02:00+00:00|2024-01-01T00:02:00+00:00" }));
    }

    [Test]
    public void Commit_NothingChanged_ThrowsWithGitsMessage()
    {
        using var git = GitSandbox.Create(new GitSandboxOptions { InitialCommit = true });

        Assert.That(() => git.Commit("chore: nothing"), Throws.TypeOf<ProcessFailedException>().With.Message.Contains("nothing to commit"));
    }

    [Test]
    public void Create_InitialCommit_IsPushedToOrigin()
    {
        using var git = GitSandbox.Create(new GitSandboxOptions { InitialCommit = true });

        Assert.That(git.OriginGit("log", "--format=%s", "main"), Is.EqualTo("chore: initial commit"));
        Assert.That(git.ReadFile("README.md"), Is.EqualTo("# Sandbox\n"));
    }

    [Test]
    public void CloneAgain_AfterPush_SeesPushedCommitsAndCanPushBack()
    {
        using var git = GitSandbox.Create();
        var first = git.History().Commit("feat: from the first clone").Push().Head;

        var second = git.CloneAgain();
        var secondSha = second.History().Commit("fix: from the second clone").Push().Head;
        git.Pull();

        Assert.Multiple(() =>
        {
            Assert.That(second.Path, Is.Not.EqualTo(git.Path));
            Assert.That(second.Git("rev-parse", "HEAD~1"), Is.EqualTo(first));
            Assert.That(git.Head, Is.EqualTo(secondSha));
            Assert.That(second.Git("config", "user.email"), Is.EqualTo("test@liftoff.invalid"));
        });
    }

    [Test]
    public void Push_ConcurrentPushFromClone_IsRejectedAsNonFastForward()
    {
        using var git = GitSandbox.Create(new GitSandboxOptions { InitialCommit = true });
        var other = git.CloneAgain();
        other.History().Commit("feat: other wins").Push();
        git.History().Commit("feat: this loses");

        var push = git.TryGit("push", "origin", "HEAD");

        Assert.That(push.Succeeded, Is.False);
        Assert.That(push.StdErr, Does.Contain("rejected"));
    }

    [Test]
    public void Environment_ForCodeUnderTest_IsolatesGlobalConfig()
    {
        using var git = GitSandbox.Create();

        var result = ProcessRunner.Run(new ProcessSpec("git", "config", "--global", "user.name")
        {
            WorkingDirectory = git.Root,
            Environment = git.Environment,
        });

        Assert.That(result.EnsureSuccess().StdOut.Trim(), Is.EqualTo("Liftoff Test"));
    }

    [Test]
    public void Dispose_Sandbox_DeletesEverything()
    {
        var git = GitSandbox.Create();
        git.History().Commit("feat: a").Push();

        git.Dispose();

        Assert.That(Directory.Exists(git.Root), Is.False);
    }
}
