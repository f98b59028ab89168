using System.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.Records.Ledger;

public sealed class LedgerConcurrencyTests
{
    private const int Processes = 5;
    private const int AppendsEach = 10;

    [Test]
    public async Task AppendAsync_FiftyAppendsFromFiveProcessesInFiveClones_LosesAndDuplicatesNothing()
    {
        // Given five machines (clones of one origin)
        using var git = GitSandbox.Create();
        var clones = Enumerable.Range(0, Processes).Select(_ => git.CloneAgain()).ToList();

        // When each appends ten records from its own process, all starting together
        var stopwatch = Stopwatch.StartNew();
        var outputs = await ProbeProcesses.RaceAsync(
            git, clones, i => ["append", "-", "production", AppendsEach.ToString(System.Globalization.CultureInfo.InvariantCulture), $"p{i}"], TimeSpan.FromSeconds(90));
        stopwatch.Stop();

        // Then the ledger holds all fifty, once each, in one linear chain
        var appended = outputs.SelectMany(output => output.Split('\n'))
            .Where(line => line.StartsWith("APPENDED ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1])
            .ToList();
        var reading = Stopwatch.StartNew();
        var records = await new DeploymentLedger(RecordsSandbox.Store(git)).ReadAllAsync();
        reading.Stop();
        Assert.That(appended, Has.Count.EqualTo(Processes * AppendsEach), string.Join("\n---\n", outputs));
        Assert.That(records.Select(r => r.Id), Is.EquivalentTo(appended).And.Unique);
        Assert.That(git.OriginGit("rev-list", "--count", "--min-parents=2", "refs/liftoff/ledger"), Is.EqualTo("0"));
        foreach (var p in Enumerable.Range(0, Processes))
        {
            // Each process's own appends keep their order.
            var versions = records.Where(r => r.Actor == $"p{p}").Select(r => r.Version).Reverse();
            Assert.That(versions, Is.EqualTo(Enumerable.Range(0, AppendsEach).Select(i => $"1.0.{i}-p{p}")));
        }

        var retries = outputs.Sum(output => int.Parse(output.Split("retries=")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        TestContext.Progress.WriteLine($"{Processes * AppendsEach} appends from {Processes} processes: {stopwatch.ElapsedMilliseconds} ms (incl. process start), {retries} lost races retried; read back in {reading.ElapsedMilliseconds} ms");
    }
}
