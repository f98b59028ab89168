using System.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Reliability.Tests.Support;

namespace Liftoff.Reliability.Tests.Crash;

/// <summary>
/// R1, crash at any point: <c>Deploy-Production</c> and <c>Rollback-Production</c> processes of the real host are
/// SIGKILLed at random moments over the measured span of a run (for a deploy from its "Promotion:" line, printed just
/// before it takes the lock, to its exit; for a rollback from the task's banner), against a
/// releases directory served by a real nginx. The kill moments are random, not steered by hooks in the product; each
/// trial reports which phase it landed in (read from what it left behind), so the figure shows that every phase was
/// hit. After each kill: nginx serves one whole release, the old or the new, never a mix and never an error; the
/// ledger parses; and running the same command again converges, after <c>Unlock-Production --force</c> when the
/// killed run left its lock behind.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class CrashDeployTests
{
    private const string Scenario = "R1 crash: Deploy/Rollback-Production";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Printed by a deploy after the artifact and promotion checks, right before it takes the lock.</summary>
    private const string DeployTrigger = "Promotion: ";

    /// <summary>A rollback prints nothing before its lock; its task banner starts its span.</summary>
    private const string RollbackTrigger = "Rollback-Production";

    [Test]
    public async Task DeployAndRollback_SigkilledAtRandomMoments_ServeAWholeReleaseAndConverge()
    {
        // Every fourth trial kills a rollback; the others kill a deploy of a new version. The full run spreads its
        // trials over two lanes (two repositories, releases directories and nginx servers) to fit the time budget.
        var trials = Trials.Count(reduced: 8, full: 200);
        var lanes = Trials.Full ? 2 : 1;
        var random = Trials.Random(Scenario);
        var tally = new ScenarioTally(Scenario);
        var seeds = Enumerable.Range(0, lanes).Select(_ => random.Next()).ToList();
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane =>
            RunLaneAsync(tally, lane, trials / lanes + (lane < trials % lanes ? 1 : 0), new Random(seeds[lane]))));
        tally.Complete($"{tally.Trials} SIGKILLs · {tally.Counters()}");
    }

    private static async Task RunLaneAsync(ScenarioTally tally, int lane, int trials, Random random)
    {
        await Task.Yield();
        await using var world = await DeployWorld.CreateAsync();
        var good = new List<string>();
        foreach (var version in new[] { "1.0.0", "1.0.1" })
        {
            await world.DeployAsync(version);
            good.Add(version);
        }

        // The kills are spread over the span from a run's trigger line to its exit, measured here (median of three).
        var deploySpans = new List<TimeSpan>();
        foreach (var version in new[] { "1.0.2", "1.0.3", "1.0.4" })
        {
            deploySpans.Add(await MeasureAsync(world, await world.DeployArgumentsAsync(version), DeployTrigger));
        }

        var rollbackSpans = new List<TimeSpan>();
        foreach (var version in new[] { "1.0.3", "1.0.2", "1.0.1" })
        {
            rollbackSpans.Add(await MeasureAsync(world, ["--target=Rollback-Production", $"--to={version}"], RollbackTrigger));
        }

        var (deploySpan, rollbackSpan) = (Median(deploySpans), Median(rollbackSpans));
        TestContext.Progress.WriteLine($"{Scenario} lane {lane}: a deploy runs {deploySpan.TotalMilliseconds:0} ms after 'Promotion:', a rollback {rollbackSpan.TotalMilliseconds:0} ms after its banner");

        var next = 5;
        for (var trial = 0; trial < trials; trial++)
        {
            var rollback = trial % 4 == 3;
            var span = rollback ? rollbackSpan : deploySpan;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * span.TotalMilliseconds);
            if (rollback)
            {
                var (from, to) = (good[^1], good[^2]);
                await tally.RunAsync($"lane {lane} trial {trial}: kill Rollback-Production {from} → {to} after {delay.TotalMilliseconds:0} ms",
                    () => RollbackTrialAsync(world, tally, from, to, delay));
                good.Remove(from);
            }
            else
            {
                var version = $"1.0.{next++}";
                await tally.RunAsync($"lane {lane} trial {trial}: kill Deploy-Production {good[^1]} → {version} after {delay.TotalMilliseconds:0} ms",
                    () => DeployTrialAsync(world, tally, good[^1], version, delay));
                good.Add(version);
            }
        }
    }

    private static async Task DeployTrialAsync(DeployWorld world, ScenarioTally tally, string from, string version, TimeSpan delay)
    {
        var arguments = await world.DeployArgumentsAsync(version);
        var before = (await world.LedgerAsync()).Count;
        var killed = await KillAsync(world, arguments, DeployTrigger, delay);

        // What the kill left: which phase it landed in.
        var id = world.ReleaseId(version);
        var records = await world.LedgerAsync(); // the ledger must parse
        var recorded = records.Count > before;
        var locked = world.Locked();
        var phase = !killed ? "exited first"
            : recorded && locked ? "recorded, lock held"
            : recorded ? "recorded, unlocked"
            : world.CurrentRelease() == id ? "switched, not recorded"
            : Directory.Exists(Path.Combine(world.Releases, id)) ? "unpacked, not switched"
            : world.StagingFolders().Any(name => name.StartsWith($".staging-{id}-", StringComparison.Ordinal)) ? "unpacking"
            : locked ? "locked, not unpacked"
            : "before the lock";
        tally.Count("deploy " + phase);

        var served = await world.Served!.WholeReleaseAsync();
        Expect.That(served == from || served == version, $"after a kill ({phase}) nginx serves {served}, neither {from} nor {version}");

        await ConvergeAsync(world, tally, arguments);
        Expect.Equal(version, await world.Served.WholeReleaseAsync(), "served after the re-run");
        Expect.Equal(version, LedgerQueries.Current(await world.LedgerAsync(), "production")?.Version, "the ledger's current version after the re-run");
    }

    private static async Task RollbackTrialAsync(DeployWorld world, ScenarioTally tally, string from, string to, TimeSpan delay)
    {
        string[] arguments = ["--target=Rollback-Production", $"--to={to}"];
        var before = (await world.LedgerAsync()).Count;
        var killed = await KillAsync(world, arguments, RollbackTrigger, delay);

        var records = await world.LedgerAsync();
        var recorded = records.Count > before;
        var locked = world.Locked();
        var phase = !killed ? "exited first"
            : recorded && locked ? "recorded, lock held"
            : recorded ? "recorded, unlocked"
            : world.CurrentRelease() == world.ReleaseId(to) ? "switched, not recorded"
            : locked ? "locked, not switched"
            : "before the lock";
        tally.Count("rollback " + phase);

        var served = await world.Served!.WholeReleaseAsync();
        Expect.That(served == from || served == to, $"after a kill ({phase}) nginx serves {served}, neither {from} nor {to}");

        await ConvergeAsync(world, tally, arguments);
        var after = await world.LedgerAsync();
        Expect.Equal(to, await world.Served.WholeReleaseAsync(), "served after the re-run");
        Expect.Equal(to, LedgerQueries.Current(after, "production")?.Version, "the ledger's current version after the re-run");
        Expect.That(!LedgerQueries.IsMarkedBad(after, to), $"the re-run marked {to}, the version it rolled back to, as bad");
    }

    /// <summary>Starts the run, waits for its trigger line, waits <paramref name="delay"/>, SIGKILLs it and waits for its children.</summary>
    /// <returns>False when the run had already exited.</returns>
    private static async Task<bool> KillAsync(DeployWorld world, string[] arguments, string trigger, TimeSpan delay)
    {
        await using var run = world.Start(arguments);
        if (!await run.WaitForLineAsync(trigger, Patience, prefix: trigger == DeployTrigger))
        {
            await run.WaitForExitAsync(Patience);
            throw new TrialFailedException($"the run exited before '{trigger}': {run}");
        }

        await Task.Delay(delay);
        var killed = run.Kill();
        await run.WaitForExitAsync(Patience);
        await run.DrainAsync(TimeSpan.FromSeconds(20));
        if (!killed && run.ExitCode != 0)
        {
            throw new TrialFailedException($"the run failed on its own: {run}");
        }

        return killed;
    }

    /// <summary>Runs the command again; a lock left by the killed run must be reported, and removable with --force.</summary>
    private static async Task ConvergeAsync(DeployWorld world, ScenarioTally tally, string[] arguments)
    {
        var rerun = await world.RunAsync(arguments);
        if (!rerun.Succeeded)
        {
            var output = rerun.StdOut + rerun.StdErr;
            Expect.That(output.Contains("Deploy-Production is locked by", StringComparison.Ordinal),
                $"the re-run failed without naming the lock: {rerun}");
            var unlock = await world.RunAsync("--target=Unlock-Production", "--force");
            Expect.That(unlock.Succeeded, $"Unlock-Production --force failed: {unlock}");
            tally.Count("locks cleared by Unlock --force");
            rerun = await world.RunAsync(arguments);
            Expect.That(rerun.Succeeded, $"the re-run after the unlock failed: {rerun}");
        }

        Expect.That(!world.Locked(), "the lock is still held after the re-run");
    }

    private static TimeSpan Median(List<TimeSpan> spans) => spans.Order().ElementAt(spans.Count / 2);

    /// <summary>How long a run takes from its trigger line to its exit: the span the kills are spread over.</summary>
    private static async Task<TimeSpan> MeasureAsync(DeployWorld world, string[] arguments, string trigger)
    {
        await using var run = world.Start(arguments);
        Assert.That(await run.WaitForLineAsync(trigger, Patience, prefix: trigger == DeployTrigger), Is.True, run.ToString());
        var stopwatch = Stopwatch.StartNew();
        var exitCode = await run.WaitForExitAsync(Patience);
        stopwatch.Stop();
        await run.DrainAsync(TimeSpan.FromSeconds(20));
        Assert.That(exitCode, Is.Zero, run.ToString());
        return stopwatch.Elapsed;
    }
}
