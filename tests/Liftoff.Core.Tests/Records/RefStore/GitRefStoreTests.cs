using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records.RefStore;

public sealed class GitRefStoreTests
{
    private const string Ref = "refs/liftoff/locks/test";

    [Test]
    public async Task CompareAndSwapAsync_CreateWhenAbsent_PublishesTheRefOnTheRemote()
    {
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var commit = await store.WriteCommitAsync("one\n\n{}", parent: null);

        var update = await store.CompareAndSwapAsync(Ref, expected: null, commit);

        Assert.That(update.Swapped, Is.True);
        Assert.That(git.OriginGit("rev-parse", Ref), Is.EqualTo(commit));
    }

    [Test]
    public async Task CompareAndSwapAsync_CreateTwice_SecondIsAConflict()
    {
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var first = await store.WriteCommitAsync("first", parent: null);
        var second = await store.WriteCommitAsync("second", parent: null);
        await store.CompareAndSwapAsync(Ref, expected: null, first);

        var update = await store.CompareAndSwapAsync(Ref, expected: null, second);

        Assert.That(update.Swapped, Is.False);
        Assert.That(update.Reason, Does.Contain("stale info"));
        Assert.That(git.OriginGit("rev-parse", Ref), Is.EqualTo(first));
    }

    [Test]
    public async Task CompareAndSwapAsync_CreateOverAnAncestor_IsAConflictWhereAPlainPushWouldFastForward()
    {
        // The trap from DESIGN.md: a plain push "creating" a ref that exists succeeds when it fast-forwards.
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var first = await store.WriteCommitAsync("first", parent: null);
        var child = await store.WriteCommitAsync("child", parent: first);
        await store.CompareAndSwapAsync(Ref, expected: null, first);
        Assert.That(git.TryGit("push", "--dry-run", "origin", $"{child}:{Ref}").Succeeded, Is.True, "a plain push would succeed");

        var update = await store.CompareAndSwapAsync(Ref, expected: null, child);

        Assert.That(update.Swapped, Is.False);
        Assert.That(git.OriginGit("rev-parse", Ref), Is.EqualTo(first));
    }

    [Test]
    public async Task CompareAndSwapAsync_UpdateWithWrongOldSha_IsAConflict()
    {
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var first = await store.WriteCommitAsync("first", parent: null);
        var other = await store.WriteCommitAsync("other", parent: null);
        var next = await store.WriteCommitAsync("next", parent: first);
        await store.CompareAndSwapAsync(Ref, expected: null, first);

        var wrong = await store.CompareAndSwapAsync(Ref, expected: other, next);
        var right = await store.CompareAndSwapAsync(Ref, expected: first, next);

        Assert.That(wrong.Swapped, Is.False);
        Assert.That(right.Swapped, Is.True);
        Assert.That(git.OriginGit("rev-parse", Ref), Is.EqualTo(next));
    }

    [Test]
    public async Task CompareAndSwapAsync_DeleteWithWrongOldSha_LeavesTheRef()
    {
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var first = await store.WriteCommitAsync("first", parent: null);
        var other = await store.WriteCommitAsync("other", parent: null);
        await store.CompareAndSwapAsync(Ref, expected: null, first);

        var wrong = await store.CompareAndSwapAsync(Ref, expected: other, replacement: null);
        var right = await store.CompareAndSwapAsync(Ref, expected: first, replacement: null);

        Assert.That(wrong.Swapped, Is.False);
        Assert.That(right.Swapped, Is.True);
        Assert.That(git.OriginGit("for-each-ref", Ref), Is.Empty);
    }

    [Test]
    public async Task ReadAsync_RefWrittenFromAnotherClone_FetchesItSoItsMessageCanBeRead()
    {
        using var git = GitSandbox.Create();
        var writer = RecordsSandbox.Store(git.CloneAgain());
        var commit = await writer.WriteCommitAsync("summary\n\n{\"a\":1}", parent: null);
        await writer.CompareAndSwapAsync(Ref, expected: null, commit);
        var reader = RecordsSandbox.Store(git);

        var read = await reader.ReadAsync(Ref);
        var message = await reader.ReadMessageAsync(read!);

        Assert.That(read, Is.EqualTo(commit));
        Assert.That(message, Is.EqualTo("summary\n\n{\"a\":1}\n"));
    }

    [Test]
    public async Task ReadAsync_MissingRef_IsNull()
    {
        using var git = GitSandbox.Create();

        Assert.That(await RecordsSandbox.Store(git).ReadAsync(Ref), Is.Null);
    }

    [Test]
    public async Task ReadAsync_DeletedOnTheRemoteAfterAnEarlierRead_IsNull()
    {
        using var git = GitSandbox.Create();
        var store = RecordsSandbox.Store(git);
        var commit = await store.WriteCommitAsync("first", parent: null);
        await store.CompareAndSwapAsync(Ref, expected: null, commit);
        await store.ReadAsync(Ref);
        git.OriginGit("update-ref", "-d", Ref);

        Assert.That(await store.ReadAsync(Ref), Is.Null);
    }

    [Test]
    public async Task Operations_Never_TouchTheWorkingTreeOrIndex()
    {
        using var git = GitSandbox.Create();
        git.History().Commit("feat: a");
        git.WriteFile("staged.txt", "staged\n");
        git.Git("add", "staged.txt");
        git.WriteFile("README.md", "edited\n");
        var statusBefore = git.Git("status", "--porcelain");
        var headBefore = git.Head;
        var store = RecordsSandbox.Store(git);

        var commit = await store.WriteCommitAsync("first", parent: null);
        await store.CompareAndSwapAsync(Ref, expected: null, commit);
        await store.ReadAsync(Ref);

        Assert.That(git.Git("status", "--porcelain"), Is.EqualTo(statusBefore));
        Assert.That(git.Head, Is.EqualTo(headBefore));
    }

    [Test]
    public async Task CompareAndSwapAsync_NoRemote_UsesLocalRefsWithTheSameRules()
    {
        using var git = RecordsSandbox.LocalOnly();
        var store = RecordsSandbox.Store(git);
        var first = await store.WriteCommitAsync("first", parent: null);
        var second = await store.WriteCommitAsync("second", parent: first);

        var created = await store.CompareAndSwapAsync(Ref, expected: null, first);
        var createdAgain = await store.CompareAndSwapAsync(Ref, expected: null, second);
        var wrongOld = await store.CompareAndSwapAsync(Ref, expected: second, second);
        var updated = await store.CompareAndSwapAsync(Ref, expected: first, second);

        Assert.That((created.Swapped, createdAgain.Swapped, wrongOld.Swapped, updated.Swapped), Is.EqualTo((true, false, false, true)));
        Assert.That(await store.ReadAsync(Ref), Is.EqualTo(second));
        Assert.That(git.OriginGit("for-each-ref", "refs/liftoff/"), Is.Empty);
        Assert.That(await store.DescribeLocationAsync(), Is.EqualTo("the local repository"));
    }

    [Test]
    public void ReadAsync_BadRefName_IsRejectedBeforeGitRuns()
    {
        using var git = GitSandbox.Create();

        var error = Assert.ThrowsAsync<LiftoffException>(() => RecordsSandbox.Store(git).ReadAsync("refs/liftoff/bad name"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.RecordInvalid));
    }
}
