using System.Diagnostics;
using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Reliability.Tests.Crash;

/// <summary>
/// R1, the release half: a <c>Release</c> process of the real host is SIGKILLed, and running <c>Release</c> again
/// must finish the same release, with one tag and one GitHub release. Half the trials aim at the window between the
/// tag push and the GitHub release: the local GitHub server answers this repository slowly, the test waits until
/// origin has the tag, then kills at a random moment while the GitHub calls are in flight. The other half kill at a
/// random moment of the whole run (changelog, commit, tag, push, release, assets).
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class CrashReleaseTests
{
    private const string Scenario = "R1 crash: Release";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Release_SigkilledAtRandomMoments_ReRunEndsWithOneTagAndOneRelease()
    {
        var trials = Trials.Count(reduced: 4, full: 16);
        var random = Trials.Random(Scenario);
        await using var server = await LocalGitHubServer.StartAsync();
        var tally = new ScenarioTally(Scenario);
        var span = await MeasureAsync(server);
        TestContext.Progress.WriteLine($"{Scenario}: a release runs {span.TotalMilliseconds:0} ms after its first banner");

        for (var trial = 0; trial < trials; trial++)
        {
            using var world = ReleaseWorld.Create(server, $"site-{trial}");
            var inWindow = trial % 2 == 0;
            var slow = TimeSpan.FromMilliseconds(100 + random.Next(250));
            var delay = inWindow
                ? TimeSpan.FromMilliseconds(random.NextDouble() * slow.TotalMilliseconds * 4)
                : TimeSpan.FromMilliseconds(random.NextDouble() * span.TotalMilliseconds);
            var label = inWindow
                ? $"trial {trial}: GitHub answers in {slow.TotalMilliseconds:0} ms, kill {delay.TotalMilliseconds:0} ms after the tag reached origin"
                : $"trial {trial}: kill {delay.TotalMilliseconds:0} ms after the banner";
            await tally.RunAsync(label, async () =>
            {
                try
                {
                    if (inWindow)
                    {
                        server.Faults.Add(new Fault { PathPattern = world.ApiPathPrefix + "/**", Delay = slow, Times = Fault.Always });
                    }

                    var killed = await KillAsync(world, inWindow, delay);
                    server.Faults.Clear();
                    tally.Count(Phase(world, killed));

                    var rerun = await world.RunAsync("--target=Release");
                    Expect.That(rerun.Succeeded, $"the re-run failed: {rerun}");
                    world.ExpectOneFinishedRelease();
                }
                finally
                {
                    server.Faults.Clear();
                }
            });
        }

        tally.Complete($"{tally.Trials} SIGKILLs, {trials - trials / 2} of them after the tag push · {tally.Counters()}");
    }

    private static string Phase(ReleaseWorld world, bool killed)
    {
        var release = world.GitHub.Releases.All().FirstOrDefault(r => r.TagName == ReleaseWorld.Tag);
        return !killed ? "exited first"
            : release is { Draft: false } ? "killed after publishing"
            : release is not null ? "killed with a draft release"
            : world.OriginHasTag() ? "killed after the tag push, before the release"
            : world.Sandbox.TryGit("rev-parse", "--verify", "--quiet", ReleaseWorld.Tag).Succeeded ? "killed after tagging, before the push"
            : world.Sandbox.Git("status", "--porcelain").Length > 0 ? "killed with the changelog written"
            : "killed before any change";
    }

    private static async Task<bool> KillAsync(ReleaseWorld world, bool afterTagPush, TimeSpan delay)
    {
        await using var run = world.Start("--target=Release");
        if (afterTagPush)
        {
            var waited = Stopwatch.StartNew();
            while (!world.OriginHasTag() && !run.HasExited && waited.Elapsed < Patience)
            {
                await Task.Delay(2);
            }
        }
        else if (!await run.WaitForLineAsync("Next-Version", Patience))
        {
            throw new TrialFailedException($"the release exited before its first banner: {run}");
        }

        await Task.Delay(delay);
        var killed = run.Kill();
        await run.WaitForExitAsync(Patience);
        await run.DrainAsync(TimeSpan.FromSeconds(20));
        if (!killed && run.ExitCode != 0)
        {
            throw new TrialFailedException($"the release failed on its own: {run}");
        }

        return killed;
    }

    private static async Task<TimeSpan> MeasureAsync(LocalGitHubServer server)
    {
        using var world = ReleaseWorld.Create(server, "site-calibration");
        await using var run = world.Start("--target=Release");
        Assert.That(await run.WaitForLineAsync("Next-Version", Patience), Is.True, run.ToString());
        var stopwatch = Stopwatch.StartNew();
        var exitCode = await run.WaitForExitAsync(Patience);
        stopwatch.Stop();
        await run.DrainAsync(TimeSpan.FromSeconds(20));
        Assert.That(exitCode, Is.Zero, run.ToString());
        world.ExpectOneFinishedRelease();
        return stopwatch.Elapsed;
    }
}
