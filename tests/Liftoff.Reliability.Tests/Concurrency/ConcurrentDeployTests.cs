using System.Diagnostics;
using System.Text.RegularExpressions;
using Liftoff.Records.Ledger;
using Liftoff.Reliability.Tests.Support;

namespace Liftoff.Reliability.Tests.Concurrency;

/// <summary>
/// R2, concurrent deploys: eight <c>Deploy-Production</c> processes of the real host start together, each with
/// its own version. Exactly one takes the lock; the seven others must fail fast with the lock message. "Fast" is
/// shown by order, not by a clock: the winner's pre-switch check waits on a gate file the test opens only after the
/// seven losers have exited, so they cannot have waited for the winner. Then the winner finishes, alone.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed partial class ConcurrentDeployTests
{
    private const string Scenario = "R2 concurrency: 8 deploys at once";
    private const int Processes = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task EightDeployProductionProcesses_ExactlyOneProceedsAndSevenFailFastWithTheLockMessage()
    {
        var trials = Trials.Count(reduced: 1, full: 5);
        var tally = new ScenarioTally(Scenario);
        var gate = Path.Combine(Path.GetTempPath(), $"liftoff-reliability-gate-{Guid.NewGuid():N}");
        await using var world = await DeployWorld.CreateAsync(withNginx: false, productionTarget: root => $$"""
            { "type": "releasesDirectory", "settings": { "root": "{{root}}", "keep": "3",
              "check": "while [ ! -e {{gate}} ]; do sleep 0.02; done" } }
            """);

        for (var trial = 0; trial < trials; trial++)
        {
            await tally.RunAsync($"trial {trial}", async () =>
            {
                File.Delete(gate);
                var versions = Enumerable.Range(0, Processes).Select(p => $"2.{trial}.{p}").ToList();
                var arguments = new List<string[]>();
                foreach (var version in versions)
                {
                    arguments.Add(await world.DeployArgumentsAsync(version));
                }

                var before = (await world.LedgerAsync()).Count;
                var runs = arguments.Select(world.Start).ToList();
                try
                {
                    // Wait for seven to exit; the eighth cannot, until the gate opens.
                    var stopwatch = Stopwatch.StartNew();
                    while (runs.Count(run => run.HasExited) < Processes - 1 && stopwatch.Elapsed < Patience)
                    {
                        await Task.Delay(20);
                    }

                    var running = runs.Where(run => !run.HasExited).ToList();
                    Expect.Equal(1, running.Count, "processes still running (holding the lock) once the others exited");
                    var winner = running[0];
                    var losers = runs.Where(run => run != winner).ToList();
                    foreach (var loser in losers)
                    {
                        // HasExited can be true before the output pipes are read to their end: wait for that first.
                        await loser.WaitForExitAsync(Patience);
                        var output = loser.StdOut + loser.StdErr;
                        Expect.That(loser.ExitCode is not 0, $"a second process succeeded while the first held the lock: {loser}");
                        var named = LockedBy().Match(output);
                        Expect.That(named.Success, $"a loser failed without the lock message: {loser}");
                        Expect.Equal(winner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), named.Groups["pid"].Value, "the pid the lock message names");
                    }

                    Expect.That(world.Locked(), "the lock is held while the winner waits at its check");
                    Expect.Equal(before, (await world.LedgerAsync()).Count, "ledger records while the winner is not done");

                    File.WriteAllText(gate, "open");
                    Expect.Equal(0, await winner.WaitForExitAsync(Patience), $"the winner's exit code: {winner}");
                    var won = versions[runs.IndexOf(winner)];
                    var records = await world.LedgerAsync();
                    Expect.Equal(before + 1, records.Count, "ledger records after the race");
                    Expect.Equal(won, records[0].Version, "the new record's version");
                    Expect.Equal(world.ReleaseId(won), world.CurrentRelease(), "the release current points at");
                    Expect.That(!world.Locked(), "the winner released the lock");
                    var unpacked = Directory.EnumerateDirectories(world.Releases).Select(Path.GetFileName)
                        .Where(name => versions.Any(v => name!.StartsWith(v + "-", StringComparison.Ordinal))).ToList();
                    Expect.That(unpacked.SequenceEqual([world.ReleaseId(won)]), $"only the winner unpacked a release; found {string.Join(", ", unpacked)}");
                    tally.Count("losers named the winner", losers.Count);
                }
                finally
                {
                    File.WriteAllText(gate, "open");
                    foreach (var run in runs)
                    {
                        await run.DisposeAsync();
                    }
                }
            });
        }

        File.Delete(gate);
        tally.Complete($"{tally.Trials} races of {Processes} processes · 1 winner each · {tally.Counter("losers named the winner")} losers failed fast naming the winner's pid");
    }

    [GeneratedRegex(@"Deploy-Production is locked by \S+ \(pid (?<pid>\d+), run ")]
    private static partial Regex LockedBy();
}
