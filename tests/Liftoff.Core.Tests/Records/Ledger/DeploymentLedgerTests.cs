using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records.Ledger;

public sealed class DeploymentLedgerTests
{
    [Test]
    public async Task ReadAllAsync_NoLedgerYet_IsEmpty()
    {
        using var git = GitSandbox.Create();

        Assert.That(await CreateSut(git).ReadAllAsync(), Is.Empty);
    }

    [Test]
    public async Task AppendAsync_ThreeRecords_ChainsThemOnTheRemoteNewestFirst()
    {
        using var git = GitSandbox.Create();
        var sut = CreateSut(git);

        var first = await sut.AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Validated));
        await sut.AppendAsync(LedgerRecords.Sample("staging", "1.0.0", DeploymentOutcome.Validated));
        var third = await sut.AppendAsync(LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.Deployed));

        var records = await CreateSut(git.CloneAgain()).ReadAllAsync();
        Assert.That(records.Select(r => r.Environment), Is.EqualTo(new[] { "production", "staging", "test" }));
        Assert.That(first.Attempts, Is.EqualTo(1));
        Assert.That(git.OriginGit("rev-parse", "refs/liftoff/ledger"), Is.EqualTo(third.Commit));
        Assert.That(git.OriginGit("rev-list", "--count", "refs/liftoff/ledger"), Is.EqualTo("3"));
        Assert.That(git.OriginGit("log", "-1", "--format=%s", "refs/liftoff/ledger"), Is.EqualTo("production: deployed 1.0.0"));
    }

    [Test]
    public async Task AppendAsync_FromTwoClonesInTurn_KeepsBoth()
    {
        using var git = GitSandbox.Create();
        var a = CreateSut(git);
        var b = CreateSut(git.CloneAgain());

        await a.AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Deployed));
        await b.AppendAsync(LedgerRecords.Sample("test", "1.0.1", DeploymentOutcome.Deployed));
        await a.AppendAsync(LedgerRecords.Sample("test", "1.0.2", DeploymentOutcome.Deployed));

        Assert.That((await a.ReadAllAsync()).Select(r => r.Version), Is.EqualTo(new[] { "1.0.2", "1.0.1", "1.0.0" }));
    }

    [Test]
    public async Task AppendAsync_ConcurrentlyInOneProcess_LosesNothing()
    {
        using var git = GitSandbox.Create();
        var clones = Enumerable.Range(0, 4).Select(_ => CreateSut(git.CloneAgain())).ToList();

        var results = await Task.WhenAll(clones.SelectMany((sut, i) => Enumerable.Range(0, 3).Select(_ => (sut, i)))
            .GroupBy(pair => pair.i)
            .Select(async group =>
            {
                var attempts = new List<int>();
                foreach (var (sut, i) in group)
                {
                    attempts.Add((await sut.AppendAsync(LedgerRecords.Sample("test", $"1.0.{i}", DeploymentOutcome.Deployed))).Attempts);
                }

                return attempts;
            }));

        var records = await CreateSut(git).ReadAllAsync();
        Assert.That(records, Has.Count.EqualTo(12));
        Assert.That(records.Select(r => r.Id), Is.Unique);
        Assert.That(results.SelectMany(r => r), Has.All.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task AppendAsync_NoRemote_KeepsTheLedgerInTheLocalRepository()
    {
        using var git = RecordsSandbox.LocalOnly();
        var sut = CreateSut(git);

        await sut.AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Deployed));
        await sut.AppendAsync(LedgerRecords.Sample("test", "1.0.1", DeploymentOutcome.Failed));

        Assert.That((await sut.ReadAllAsync()).Select(r => r.Version), Is.EqualTo(new[] { "1.0.1", "1.0.0" }));
        Assert.That(git.Git("rev-list", "--count", "refs/liftoff/ledger"), Is.EqualTo("2"));
        Assert.That(git.OriginGit("for-each-ref", "refs/liftoff/"), Is.Empty);
    }

    [Test]
    public async Task AppendAsync_NoRemoteAndConcurrentAppenders_LosesNothing()
    {
        using var git = RecordsSandbox.LocalOnly();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async writer =>
        {
            var sut = CreateSut(git);
            for (var i = 0; i < 3; i++)
            {
                await sut.AppendAsync(LedgerRecords.Sample("test", $"1.{writer}.{i}", DeploymentOutcome.Deployed));
            }
        }));

        var records = await CreateSut(git).ReadAllAsync();
        Assert.That(records.Select(r => r.Version), Is.EquivalentTo(Enumerable.Range(0, 4).SelectMany(w => Enumerable.Range(0, 3).Select(i => $"1.{w}.{i}"))));
    }

    [Test]
    public void AppendAsync_EveryAttemptLosesTheRace_GivesUpWithLedgerContention()
    {
        var store = new AlwaysConflictingStore();
        var sut = new DeploymentLedger(store, maxAttempts: 3);

        var error = Assert.ThrowsAsync<LiftoffException>(() => sut.AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Deployed)));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.LedgerContention));
        Assert.That(error.Message, Does.Contain("won 3 races in a row (last: [rejected] (stale info))"));
        Assert.That(store.Swaps, Is.EqualTo(3));
    }

    [Test]
    public async Task AppendAsync_CustomRef_UsesIt()
    {
        using var git = GitSandbox.Create();
        var sut = new DeploymentLedger(RecordsSandbox.Store(git), new LedgerOptions { Ref = "refs/liftoff/site-ledger" });

        await sut.AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Deployed));

        Assert.That(git.OriginGit("for-each-ref", "--format=%(refname)", "refs/liftoff/"), Is.EqualTo("refs/liftoff/site-ledger"));
    }

    [Test]
    public void AppendAsync_RecordWithoutActor_IsRejected()
    {
        using var git = GitSandbox.Create();

        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(git).AppendAsync(LedgerRecords.Sample("test", "1.0.0", DeploymentOutcome.Deployed) with { Actor = " " }));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.RecordInvalid));
        Assert.That(error.Message, Does.EndWith("actor."));
    }

    [Test]
    public async Task Queries_OverARealLedger_AnswerHistoryLatestSuccessfulAndBadVersions()
    {
        using var git = GitSandbox.Create();
        var sut = CreateSut(git);
        await sut.AppendAsync(LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.Validated));
        await sut.AppendAsync(LedgerRecords.Sample("staging", "1.1.0", DeploymentOutcome.Validated));
        await sut.AppendAsync(LedgerRecords.Sample("production", "1.1.0", DeploymentOutcome.Failed));
        await sut.AppendAsync(LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.RolledBack) with { RolledBackFrom = "1.1.0", RolledBackTo = "1.0.0" });

        var history = await sut.HistoryAsync("Production");
        var latest = await sut.LatestSuccessfulAsync("production");

        Assert.That(history.Select(r => r.Outcome), Is.EqualTo(new[] { DeploymentOutcome.RolledBack, DeploymentOutcome.Failed, DeploymentOutcome.Validated }));
        Assert.That(latest!.Version, Is.EqualTo("1.0.0"));
        Assert.That(await sut.IsMarkedBadAsync("1.1.0"), Is.True);
        Assert.That(await sut.IsMarkedBadAsync("1.0.0"), Is.False);
        Assert.That(await sut.LatestSuccessfulAsync("test"), Is.Null);
    }

    private static DeploymentLedger CreateSut(GitWorkingCopy copy) => new(RecordsSandbox.Store(copy));

    private sealed class AlwaysConflictingStore : Liftoff.Records.RefStore.IRefStore
    {
        public int Swaps { get; private set; }

        public Task<string> DescribeLocationAsync(CancellationToken cancellationToken = default) => Task.FromResult("remote 'origin'");

        public Task<string?> ReadAsync(string refName, CancellationToken cancellationToken = default) => Task.FromResult<string?>("tip");

        public Task<string> WriteCommitAsync(string message, string? parent, CancellationToken cancellationToken = default) => Task.FromResult("child");

        public Task<string> ReadMessageAsync(string commit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<string> ReadMessagesAsync(string tip, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Liftoff.Records.RefStore.RefUpdate> CompareAndSwapAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken = default)
        {
            Swaps++;
            return Task.FromResult(Liftoff.Records.RefStore.RefUpdate.Conflict("[rejected] (stale info)"));
        }
    }
}
