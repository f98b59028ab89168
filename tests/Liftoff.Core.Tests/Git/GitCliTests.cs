using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Git;

public sealed class GitCliTests
{
    [Test]
    public async Task HeadShaAsync_RepositoryWithCommits_IsHead()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Commit("fix: b");

        Assert.That(await CreateSut(git).HeadShaAsync(), Is.EqualTo(git.Head));
    }

    [Test]
    public async Task HeadShaAsync_EmptyRepository_IsNull()
    {
        using var git = GitSandbox.Create();

        Assert.That(await CreateSut(git).HeadShaAsync(), Is.Null);
    }

    [Test]
    public async Task CurrentBranchAsync_OnABranch_IsItsShortName()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Branch("release/1.x");

        Assert.That(await CreateSut(git).CurrentBranchAsync(), Is.EqualTo("release/1.x"));
    }

    [Test]
    public async Task CurrentBranchAsync_DetachedHead_IsNull()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Commit("fix: b");
        git.Checkout(git.Head);

        Assert.That(await CreateSut(git).CurrentBranchAsync(), Is.Null);
    }

    [Test]
    public async Task TagsAsync_MergedIntoHead_ListsReachableTagsWithThePrefixPeeledToCommits()
    {
        using var git = GitSandbox.Create();
        var history = git.History().Commit("feat: a").Tag("v1.0.0", "annotated").Commit("fix: b").Tag("v1.0.1").Tag("other-2.0.0");
        var first = history.Shas[0];
        var second = history.Shas[1];
        history.Branch("side").Commit("feat: c").Tag("v1.1.0").Checkout("main");

        var tags = await CreateSut(git).TagsAsync("v", git.Head);

        Assert.That(tags, Is.EquivalentTo(new[] { new GitTag("v1.0.0", first), new GitTag("v1.0.1", second) }));
    }

    [Test]
    public async Task TagsAsync_NotMerged_ListsEveryTagWithThePrefix()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Tag("v1.0.0").Branch("side").Commit("feat: c").Tag("v1.1.0").Checkout("main");

        var tags = await CreateSut(git).TagsAsync("v", mergedInto: null);

        Assert.That(tags.Select(tag => tag.Name), Is.EquivalentTo(new[] { "v1.0.0", "v1.1.0" }));
    }

    [Test]
    public async Task CommitsAsync_Range_StreamsNewestFirstExcludingTheStart()
    {
        using var git = GitSandbox.Create();
        var history = git.History().Commit("feat: a").Commit("fix: b").Commit("perf: c").Commit("docs: d");

        var commits = await ToListAsync(CreateSut(git).CommitsAsync(history.Shas[1], git.Head));

        Assert.That(commits.Select(commit => commit.Sha), Is.EqualTo(new[] { history.Shas[3], history.Shas[2] }));
        Assert.That(commits.Select(commit => commit.Message), Is.EqualTo(new[] { "docs: d\n", "perf: c\n" }));
        Assert.That(commits[1].ParentShas, Is.EqualTo(new[] { history.Shas[1] }));
    }

    [Test]
    public async Task CommitsAsync_WholeHistory_RootCommitHasNoParents()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Commit("fix: b");

        var commits = await ToListAsync(CreateSut(git).CommitsAsync(null, "HEAD"));

        Assert.That(commits, Has.Count.EqualTo(2));
        Assert.That(commits[^1].ParentShas, Is.Empty);
    }

    [Test]
    public async Task CommitsAsync_MessagesWithBodiesUnicodeAndControlCharacters_RoundTripExactly()
    {
        using var git = GitSandbox.Create();
        const string body = "Zeile mit Umlauten: äöü — und 日本語\n\n\u001e record separator inside\n\nBREAKING CHANGE: keys renamed\nRefs: #12";
        git.History().Commit("feat(i18n): übersetzen", body).Commit("fix: after");

        var commits = await ToListAsync(CreateSut(git).CommitsAsync(null, "HEAD"));

        Assert.That(commits[1].Message, Is.EqualTo($"feat(i18n): übersetzen\n\n{body}\n"));
    }

    [Test]
    public async Task CommitsAsync_MergeCommit_HasBothParents()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a").Branch("feature").Commit("feat: b").Checkout("main").Commit("fix: c").Merge("feature");

        var merge = (await ToListAsync(CreateSut(git).CommitsAsync(null, "HEAD")))[0];

        Assert.That(merge.IsMerge, Is.True);
        Assert.That(merge.ParentShas, Has.Count.EqualTo(2));
        Assert.That(merge.Message, Does.StartWith("Merge branch 'feature'"));
    }

    [Test]
    public async Task CommitsAsync_TwentyThousandCommits_ReadsEveryOneInOrder()
    {
        using var git = GitSandbox.Create();
        const int count = 20_000;
        git.FastImport(count, index => index % 3 == 0 ? $"feat: change {index}\n\nBody of {index}." : $"fix(core): change {index}");

        var seen = 0;
        await foreach (var commit in CreateSut(git).CommitsAsync(null, "HEAD"))
        {
            var index = count - 1 - seen;
            var expected = index % 3 == 0 ? $"feat: change {index}\n\nBody of {index}.\n" : $"fix(core): change {index}\n";
            if (commit.Message != expected || commit.Sha.Length != 40)
            {
                Assert.Fail($"Commit #{seen} from the top: expected message '{expected}', got '{commit.Message}' ({commit.Sha}).");
            }

            seen++;
        }

        Assert.That(seen, Is.EqualTo(count));
    }

    [Test]
    public async Task CommitsAsync_StoppedEarly_EndsWithoutReadingTheRest()
    {
        using var git = GitSandbox.Create();
        git.FastImport(5_000, index => $"fix: change {index}");

        var taken = new List<GitCommit>();
        await foreach (var commit in CreateSut(git).CommitsAsync(null, "HEAD"))
        {
            taken.Add(commit);
            if (taken.Count == 3)
            {
                break;
            }
        }

        Assert.That(taken.Select(commit => commit.Message), Is.EqualTo(new[] { "fix: change 4999\n", "fix: change 4998\n", "fix: change 4997\n" }));
    }

    [Test]
    public void CommitsAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var git = GitSandbox.Create();
        git.FastImport(2_000, index => $"fix: change {index}");
        using var cancellation = new CancellationTokenSource();

        Assert.That(
            async () =>
            {
                await foreach (var _ in CreateSut(git).CommitsAsync(null, "HEAD", cancellation.Token))
                {
                    await cancellation.CancelAsync();
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void CommitsAsync_UnknownRevision_ThrowsNamingCommandExitCodeAndStandardError()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a");

        var error = Assert.ThrowsAsync<LiftoffException>(async () => await ToListAsync(CreateSut(git).CommitsAsync("v9.9.9", "HEAD")));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GitCommandFailed));
        Assert.That(error.Message, Does.StartWith("LIFTOFF0301: 'git log "));
        Assert.That(error.Message, Does.Contain("v9.9.9..HEAD"));
        Assert.That(error.Message, Does.Contain("exit code 128"));
        Assert.That(error.Message, Does.Contain("bad revision"));
    }

    [Test]
    public void HeadShaAsync_NotARepository_ThrowsGitCommandFailed()
    {
        using var folder = Liftoff.TestSupport.TempDirectory.Create("not-git");
        using var git = GitSandbox.Create();
        var sut = new GitCli(folder.Path, git.Environment);

        var error = Assert.ThrowsAsync<LiftoffException>(async () => await sut.HeadShaAsync());

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GitCommandFailed));
        Assert.That(error.Message, Does.Contain("not a git repository"));
    }

    [Test]
    public void HeadShaAsync_GitMissing_ThrowsGitNotFound()
    {
        using var git = GitSandbox.Create();
        var sut = new GitCli(git.Path, git.Environment, executable: "/nonexistent/git");

        var error = Assert.ThrowsAsync<LiftoffException>(async () => await sut.HeadShaAsync());

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.GitNotFound));
        Assert.That(error.Message, Does.Contain("/nonexistent/git"));
    }

    private static GitCli CreateSut(GitSandbox git) => new(git.Path, git.Environment);

    private static async Task<List<GitCommit>> ToListAsync(IAsyncEnumerable<GitCommit> commits)
    {
        var list = new List<GitCommit>();
        await foreach (var commit in commits)
        {
            list.Add(commit);
        }

        return list;
    }
}
