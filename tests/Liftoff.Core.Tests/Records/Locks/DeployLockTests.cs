using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.Locks;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records.Locks;

public sealed class DeployLockTests
{
    private static readonly LockOwner Alice = new("alice", "ci-7", 4242);
    private static readonly LockOwner Bob = new("bob", "laptop", 99);

    [Test]
    public async Task AcquireAsync_Free_CreatesTheLockRefHoldingTheOwner()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();

        var held = await CreateSut(git, clock, Alice).AcquireAsync("production", "run-1");

        Assert.That(git.OriginGit("rev-parse", "refs/liftoff/locks/production"), Is.EqualTo(held.Commit));
        var status = await CreateSut(git.CloneAgain(), clock, Bob).InspectAsync("production");
        Assert.That(status!.Holder, Is.EqualTo(held.Record));
        Assert.That(status.Holder.User, Is.EqualTo("alice"));
        Assert.That(status.IsStale, Is.False);
    }

    [Test]
    public async Task AcquireAsync_HeldByAnother_FailsAtOnceNamingTheHolder()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        await CreateSut(git, clock, Alice).AcquireAsync("production", "run-1");
        clock.Advance(TimeSpan.FromMinutes(5));

        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(git.CloneAgain(), clock, Bob).AcquireAsync("production", "run-2"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.LockHeld));
        Assert.That(error.Message, Is.EqualTo("LIFTOFF0601: Deploy-Production is locked by alice@ci-7 (pid 4242, run run-1) since 2026-11-23 12:00:00Z."));
    }

    [Test]
    public async Task AcquireAsync_SameOwnerTwice_SecondFails()
    {
        using var git = GitSandbox.Create();
        var sut = CreateSut(git, new ManualTimeProvider(), Alice);
        await sut.AcquireAsync("staging", "run-1");

        Assert.ThrowsAsync<LiftoffException>(() => sut.AcquireAsync("staging", "run-1"));
    }

    [Test]
    public async Task AcquireAsync_OtherEnvironment_IsIndependent()
    {
        using var git = GitSandbox.Create();
        var sut = CreateSut(git, new ManualTimeProvider(), Alice);
        await sut.AcquireAsync("staging", "run-1");

        Assert.DoesNotThrowAsync(() => sut.AcquireAsync("production", "run-1"));
    }

    [Test]
    public async Task ReleaseAsync_Held_DeletesTheRefSoTheNextAcquireWins()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        var alice = CreateSut(git, clock, Alice);
        var held = await alice.AcquireAsync("production", "run-1");

        var released = await alice.ReleaseAsync(held);

        Assert.That(released, Is.True);
        Assert.That(git.OriginGit("for-each-ref", "refs/liftoff/locks/"), Is.Empty);
        Assert.DoesNotThrowAsync(() => CreateSut(git.CloneAgain(), clock, Bob).AcquireAsync("production", "run-2"));
    }

    [Test]
    public async Task ReleaseAsync_AfterAForcedUnlockAndANewHolder_LeavesTheNewHoldersLock()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        var alice = CreateSut(git, clock, Alice);
        var bob = CreateSut(git.CloneAgain(), clock, Bob);
        var aliceLock = await alice.AcquireAsync("production", "run-1");
        await bob.ForceUnlockAsync("production");
        var bobLock = await bob.AcquireAsync("production", "run-2");

        var released = await alice.ReleaseAsync(aliceLock);

        Assert.That(released, Is.False);
        Assert.That(git.OriginGit("rev-parse", "refs/liftoff/locks/production"), Is.EqualTo(bobLock.Commit));
    }

    [Test]
    public async Task AcquireAsync_StaleLock_IsReportedAsStaleNotTaken()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        var held = await CreateSut(git, clock, Alice).AcquireAsync("production", "run-1");
        clock.Advance(TimeSpan.FromMinutes(61));
        var bob = CreateSut(git.CloneAgain(), clock, Bob);

        var status = await bob.InspectAsync("production");
        var error = Assert.ThrowsAsync<LiftoffException>(() => bob.AcquireAsync("production", "run-2"));

        Assert.That(status!.IsStale, Is.True);
        Assert.That(status.Age, Is.EqualTo(TimeSpan.FromMinutes(61)));
        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.LockStale));
        Assert.That(error.Message, Does.Contain("locked by alice@ci-7 (pid 4242, run run-1)").And.Contain("stale").And.Contain("Unlock-Production --force"));
        Assert.That(git.OriginGit("rev-parse", "refs/liftoff/locks/production"), Is.EqualTo(held.Commit));
    }

    [Test]
    public async Task ForceUnlockAsync_StaleLock_RemovesItAndReportsWhatItRemoved()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        await CreateSut(git, clock, Alice).AcquireAsync("production", "run-1");
        clock.Advance(TimeSpan.FromHours(3));
        var bob = CreateSut(git.CloneAgain(), clock, Bob);

        var removed = await bob.ForceUnlockAsync("production");

        Assert.That(removed!.Holder.RunId, Is.EqualTo("run-1"));
        Assert.That(removed.IsStale, Is.True);
        Assert.That(await bob.InspectAsync("production"), Is.Null);
        Assert.DoesNotThrowAsync(() => bob.AcquireAsync("production", "run-2"));
    }

    [Test]
    public async Task ForceUnlockAsync_NoLock_IsNull()
    {
        using var git = GitSandbox.Create();

        Assert.That(await CreateSut(git, new ManualTimeProvider(), Alice).ForceUnlockAsync("production"), Is.Null);
    }

    [Test]
    public async Task AcquireAsync_CustomTtl_IsRecordedAndDecidesStaleness()
    {
        using var git = GitSandbox.Create();
        var clock = new ManualTimeProvider();
        var sut = new DeployLock(RecordsSandbox.Store(git, clock), new LocksOptions { TtlMinutes = 5 }, clock, Alice);
        await sut.AcquireAsync("test", "run-1");
        clock.Advance(TimeSpan.FromMinutes(6));

        var status = await sut.InspectAsync("test");

        Assert.That(status!.Holder.Ttl, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(status.IsStale, Is.True);
    }

    [Test]
    public async Task AcquireAsync_NoRemote_LocksInTheLocalRepository()
    {
        using var git = RecordsSandbox.LocalOnly();
        var clock = new ManualTimeProvider();
        var alice = CreateSut(git, clock, Alice);
        var held = await alice.AcquireAsync("production", "run-1");

        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(git, clock, Bob).AcquireAsync("production", "run-2"));
        var released = await alice.ReleaseAsync(held);

        Assert.That(error!.Message, Does.Contain("locked by alice@ci-7"));
        Assert.That(released, Is.True);
        Assert.That(git.Git("for-each-ref", "refs/liftoff/locks/"), Is.Empty);
    }

    [TestCase("")]
    [TestCase("prod/eu")]
    [TestCase("1st")]
    [TestCase("a b")]
    public void RefNameFor_UnusableEnvironmentName_IsRejected(string environment)
    {
        var error = Assert.Throws<LiftoffException>(() => new DeployLock(new NoStore()).RefNameFor(environment));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.RecordInvalid));
    }

    [Test]
    public void RefNameFor_MixedCase_SharesTheLowerCaseRef() =>
        Assert.That(new DeployLock(new NoStore()).RefNameFor("Production"), Is.EqualTo("refs/liftoff/locks/production"));

    private static DeployLock CreateSut(GitWorkingCopy copy, ManualTimeProvider clock, LockOwner owner) =>
        new(RecordsSandbox.Store(copy, clock), options: null, clock, owner);

    private sealed class NoStore : Liftoff.Records.RefStore.IRefStore
    {
        public Task<string> DescribeLocationAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string?> ReadAsync(string refName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string> WriteCommitAsync(string message, string? parent, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string> ReadMessageAsync(string commit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<string> ReadMessagesAsync(string tip, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Liftoff.Records.RefStore.RefUpdate> CompareAndSwapAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
