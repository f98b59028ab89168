using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records.Locks;

public sealed class DeployLockConcurrencyTests
{
    [Test]
    public async Task AcquireAsync_SixProcessesInSixClonesAtOnce_ExactlyOneWins()
    {
        // Given six CI machines (clones of one origin), each starting a deploy to production at the same moment
        using var git = GitSandbox.Create();
        var clones = Enumerable.Range(0, 6).Select(_ => git.CloneAgain()).ToList();

        // When each tries to take the lock in its own process
        var outputs = await ProbeProcesses.RaceAsync(git, clones, i => ["lock", "-", "production", $"run-{i}"], TimeSpan.FromSeconds(60));

        // Then exactly one holds it, and the others were told who
        var winners = outputs.Where(output => output.Contains("ACQUIRED", StringComparison.Ordinal)).ToList();
        Assert.That(winners, Has.Count.EqualTo(1), string.Join("\n---\n", outputs));
        var losers = outputs.Except(winners).ToList();
        Assert.That(losers, Has.All.Contain("REFUSED LIFTOFF0601").And.All.Contain("Deploy-Production is locked by"));
        var winningCommit = winners[0].Split("ACQUIRED ")[1].Trim();
        Assert.That(git.OriginGit("rev-parse", "refs/liftoff/locks/production"), Is.EqualTo(winningCommit));
    }
}
