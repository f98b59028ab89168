using System.Globalization;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Load;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Core.Tests.Deploy.NginxSlots;

/// <summary>Canary deploys through real nginx, with an analysis of the canary and the stable slot at every step.</summary>
[Category("ZeroDowntime")]
[Category("Nginx")]
[NonParallelizable]
public sealed class CanaryTests
{
    private static readonly string[] Paths = ["/", "/api/orders", "/health"];

    [Test]
    public async Task Canary_GoodVersion_ReachesAllTrafficAndTheOldSlotStopsAfterTheDrain()
    {
        // Given v1 live, and a load loop through nginx
        await using var slots = await SlotsFixture.StartAsync();
        var target = slots.Target(SlotStrategy.Canary, steps: [20, 50, 100], drain: TimeSpan.FromSeconds(1));
        await slots.DeployAsync(target, "1.0.0");
        var load = new HttpLoad(slots.Http, Paths);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 4, stop.Token);

        // When v2 goes through the steps
        var result = await slots.DeployAsync(target, "2.0.0");
        await stop.CancelAsync();
        await running;
        var afterDeploy = await target.ReadStateAsync();
        var stableStillRunning = afterDeploy.Blue.ProcessId is { } pid && SlotsNginx.IsRunning(pid);
        var drained = await target.DrainAsync(wait: true);
        var afterDrain = await target.ReadStateAsync();

        // Then
        var moves = result.Traffic.Where(step => step.Action == TrafficActions.Weights).ToList();
        var verdicts = result.Traffic.Where(step => step.Action == TrafficActions.Analysis).ToList();
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"good canary: {load.Samples.Count} requests, {load.Samples.Count(s => s.Failed)} failed ({load.Retried} resent after a reset keep-alive connection), v2 answered {load.Samples.Count(s => s.Version == "2.0.0")}; steps {string.Join(" → ", moves.Select(m => m.Weights.Single(w => w.Version == "2.0.0").Percent + "%"))}"));
        Assert.Multiple(() =>
        {
            Assert.That(load.Samples.Where(s => s.Failed).Select(s => s.Failure), Is.Empty);
            Assert.That(moves.Select(m => m.Weights.Single(w => w.Slot == "green").Percent), Is.EqualTo(new[] { 20, 50, 100 }));
            Assert.That(verdicts, Has.Count.EqualTo(6), "two rounds at each of three steps");
            Assert.That(verdicts.Select(v => v.Verdict), Is.All.EqualTo("pass"));
            Assert.That(verdicts[0].Values.Keys, Does.Contain("canary.error rate.percent").And.Contain("stable.error rate.percent").And.Contain("canary.latency /api/orders.p95Ms"));
            Assert.That(afterDeploy.Live, Is.EqualTo(SlotName.Green));
            Assert.That(afterDeploy.Canary, Is.Null);
            Assert.That(stableStillRunning, Is.True, "the old slot is kept for the drain time");
            Assert.That(drained, Is.EqualTo(new[] { "blue 1.0.0" }));
            Assert.That(afterDrain.Blue.Running, Is.False);
            Assert.That(SlotsNginx.IsRunning(afterDeploy.Blue.ProcessId!.Value), Is.False, "the old slot's process is gone after the drain");
            Assert.That(afterDrain.Green.Running, Is.True);
        });
    }

    [Test]
    public async Task Canary_VersionThatFailsOneRequestInFive_IsAbortedAtTheFirstStepWithItsValues()
    {
        // Given v1 live, and a load loop through nginx
        await using var slots = await SlotsFixture.StartAsync();
        var target = slots.Target(SlotStrategy.Canary, steps: [10, 50, 100]);
        await slots.DeployAsync(target, "1.0.0");
        var load = new HttpLoad(slots.Http, Paths);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 4, stop.Token);

        // When v2, whose /api/orders answers 500 to one request in five, is deployed as a canary
        var error = Assert.ThrowsAsync<CanaryAbortedException>(async () => await slots.DeployAsync(target, "2.0.0", failPercent: 20));
        var aborted = DateTimeOffset.UtcNow;
        await Task.Delay(800);
        await stop.CancelAsync();
        await running;

        // Then
        var state = await target.ReadStateAsync();
        var steps = error!.Traffic;
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.CanaryAborted));
            Assert.That(steps.Select(s => s.Action), Is.EqualTo(new[] { TrafficActions.Weights, TrafficActions.Analysis, TrafficActions.Abort }));
            Assert.That(steps[0].Weights.Single(w => w.Slot == "green").Percent, Is.EqualTo(10));
            Assert.That(steps[1].Verdict, Is.EqualTo("fail"));
            Assert.That(error.Values["canary.error rate.percent"], Is.GreaterThan(5));
            Assert.That(error.Values["stable.error rate.percent"], Is.Zero);
            Assert.That(error.Values["canary.latency /api/orders.failed"], Is.GreaterThan(0), "its own latency series hit the failing endpoint");
            Assert.That(steps[2].Weights.Single(w => w.Slot == "green").Percent, Is.Zero);
            Assert.That(load.Between(aborted, DateTimeOffset.MaxValue).Where(s => s.Failed), Is.Empty, "no failure after the abort");
            Assert.That(state.Live, Is.EqualTo(SlotName.Blue));
            Assert.That(state.Green.Running, Is.False, "the canary's slot was stopped");
            Assert.That(state.Canary?.Phase, Is.EqualTo(CanaryPhase.Aborted));
        });
    }

    [Test]
    public async Task Canary_PromotedThenAnotherAbortedFromAnotherTarget_TheRunningDeployEndsAccordingly()
    {
        // Given v1 live, and canaries that would analyse their 10% step for a long time
        await using var slots = await SlotsFixture.StartAsync();
        var deploying = slots.Target(SlotStrategy.Canary, steps: [10, 100], rounds: 1000);
        var secondTerminal = slots.Target(SlotStrategy.Canary, steps: [10, 100], rounds: 1000);
        await slots.DeployAsync(deploying, "1.0.0");

        // When v2 is promoted from the other target (another run, over the same state file) while its deploy analyses
        var promoting = slots.DeployAsync(deploying, "2.0.0");
        await WaitForCanaryAsync(secondTerminal, 10);
        var promote = await secondTerminal.PromoteCanaryAsync("ops@laptop");
        var promoted = await promoting;

        // and v3 is aborted the same way
        var aborting = slots.DeployAsync(deploying, "3.0.0");
        await WaitForCanaryAsync(secondTerminal, 10);
        var abort = await secondTerminal.AbortCanaryAsync("ops@laptop", "error budget burning");
        var aborted = Assert.ThrowsAsync<CanaryAbortedException>(async () => await aborting);

        // Then
        var state = await deploying.ReadStateAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(promote.Action, Is.EqualTo(TrafficActions.Promote));
            Assert.That(promoted.To, Is.EqualTo("2.0.0"));
            Assert.That(promoted.Traffic.Select(s => s.Action), Does.Contain(TrafficActions.Promote));
            Assert.That(promoted.Traffic.Count(s => s.Action == TrafficActions.Weights), Is.EqualTo(1), "the 100% step was skipped");
            Assert.That(abort.Reason, Is.EqualTo("error budget burning"));
            Assert.That(aborted!.Code, Is.EqualTo(DiagnosticCodes.CanaryAbortedManually));
            Assert.That(aborted.Message, Does.Contain("aborted by ops@laptop: error budget burning"));
            Assert.That(await slots.ServedVersionAsync(), Is.EqualTo("2.0.0"));
            Assert.That(state.Live, Is.EqualTo(SlotName.Green));
            Assert.That(state[SlotName.Blue].Running, Is.False);
        });
    }

    [Test]
    public async Task Prepare_WhileACanaryRuns_IsRefusedAndStartsNothing()
    {
        await using var slots = await SlotsFixture.StartAsync();
        var deploying = slots.Target(SlotStrategy.Canary, steps: [10, 100], rounds: 1000);
        await slots.DeployAsync(deploying, "1.0.0");
        var rollout = slots.DeployAsync(deploying, "2.0.0");
        await WaitForCanaryAsync(deploying, 10);

        var error = Assert.ThrowsAsync<LiftoffException>(async () => await slots.Target(SlotStrategy.Canary).PrepareAsync(await slots.ArtifactAsync("3.0.0")));
        await deploying.AbortCanaryAsync("test", "cleaning up");
        Assert.ThrowsAsync<CanaryAbortedException>(async () => await rollout);

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.CanaryInProgress));
        Assert.That(error.Message, Does.Contain("a canary of 2.0.0 is at 10% in production"));
    }

    private static async Task WaitForCanaryAsync(NginxSlotsTarget target, int percent)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while ((await target.ReadStateAsync(timeout.Token)).Canary is not { Phase: CanaryPhase.Running } canary || canary.Percent != percent)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
