using System.Globalization;
using Liftoff.Records.Ledger;
using Liftoff.Records.RefStore;
using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Concurrency;

/// <summary>
/// R2, concurrent ledger appends: ten processes (<c>Liftoff.Records.Probe append</c>), each in its own clone as on its
/// own CI machine, append ten records each to one origin, all starting at the same moment (a go file). The ledger
/// must end with exactly 100 records, each once, in one linear chain; every process's records keep their order; and
/// two independent reads (the bare origin, a fresh clone) give the same sequence. The plain test run races five
/// processes of six appends, because 100 contended appends cost most of a minute of git processes.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class LedgerAppendTests
{
    private const string Scenario = "R2 concurrency: ledger appends from many processes";
    private static readonly int Processes = Trials.Count(reduced: 5, full: 10);
    private static readonly int AppendsEach = Trials.Count(reduced: 6, full: 10);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task HundredAppendsFromTenProcesses_ExactlyHundredRecordsInOneConsistentOrder()
    {
        // One race: 100 contended appends are most of a minute of git processes on a small machine.
        var tally = new ScenarioTally(Scenario);
        await tally.RunAsync("race", () => TrialAsync(tally));

        tally.Complete($"{tally.Trials}×{Processes * AppendsEach} appends from {Processes} processes · {tally.Counter("records")} records, 0 lost or doubled · {tally.Counter("lost races retried")} lost races retried");
    }

    private static async Task TrialAsync(ScenarioTally tally)
    {
        using var git = GitSandbox.Create();
        var clones = Enumerable.Range(0, Processes).Select(_ => git.CloneAgain()).ToList();
        var go = Path.Combine(git.Root, "go");
        var runs = new List<RunningProcess>();
        try
        {
            for (var p = 0; p < Processes; p++)
            {
                runs.Add(ProcessRunner.Start(new ProcessSpec(
                    "dotnet", ProbeDll(), "append", go, "production", AppendsEach.ToString(CultureInfo.InvariantCulture), $"p{p}")
                {
                    WorkingDirectory = clones[p].Path,
                    Environment = clones[p].Environment,
                    Timeout = Patience,
                }));
            }

            foreach (var run in runs)
            {
                await run.WaitForOutputAsync("READY", Patience);
            }

            await File.WriteAllTextAsync(go, "go");
            foreach (var run in runs)
            {
                Expect.Equal(0, await run.WaitForExitAsync(Patience), $"a probe's exit code: {run}");
            }
        }
        finally
        {
            foreach (var run in runs)
            {
                await run.DisposeAsync();
            }
        }

        var appended = runs.SelectMany(run => run.StdOut.Split('\n'))
            .Where(line => line.StartsWith("APPENDED ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1])
            .ToList();
        var fromOrigin = await new DeploymentLedger(new GitRefStore(git.OriginPath, environment: git.Environment)).ReadAllAsync();
        var fresh = git.CloneAgain("reader");
        var fromClone = await new DeploymentLedger(new GitRefStore(fresh.Path, environment: fresh.Environment)).ReadAllAsync();

        Expect.Equal(Processes * AppendsEach, appended.Count, "appends the probes reported");
        Expect.Equal(Processes * AppendsEach, fromOrigin.Count, "records in the ledger");
        Expect.That(fromOrigin.Select(r => r.Id).Order(StringComparer.Ordinal).SequenceEqual(appended.Order(StringComparer.Ordinal)),
            "the ledger holds exactly the records the probes appended");
        Expect.That(fromOrigin.Select(r => r.Id).SequenceEqual(fromClone.Select(r => r.Id)), "the origin and a fresh clone read the same order");
        Expect.Equal("0", git.OriginGit("rev-list", "--count", "--min-parents=2", "refs/liftoff/ledger"), "merge commits in the ledger");
        Expect.Equal($"{Processes * AppendsEach}", git.OriginGit("rev-list", "--count", "refs/liftoff/ledger"), "commits in the ledger's chain");
        for (var p = 0; p < Processes; p++)
        {
            var own = fromOrigin.Where(r => r.Actor == $"p{p}").Select(r => r.Version).Reverse();
            Expect.That(own.SequenceEqual(Enumerable.Range(0, AppendsEach).Select(i => $"1.0.{i}-p{p}")), $"p{p}'s records keep their order");
        }

        tally.Count("records", fromOrigin.Count);
        tally.Count("lost races retried", runs.Sum(run => int.Parse(run.StdOut.Split("retries=")[1].Split(' ')[0], CultureInfo.InvariantCulture)));
    }

    private static string ProbeDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var probe = Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Records.Probe", "bin", configuration, "net10.0", "Liftoff.Records.Probe.dll");
        return File.Exists(probe) ? probe : throw new InvalidOperationException($"The ledger probe is not built at {probe}.");
    }
}
