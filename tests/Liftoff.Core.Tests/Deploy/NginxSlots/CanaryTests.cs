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
            $"good canary: {load.Samples.Count} requests, {load.Samples.Count(s => s.Failed)} failed, v2 answered {load.Samples.Count(s => s.Version == "2.0.0")}; steps {string.Join(" → ", moves.Select(m => m.Weights.Single(w => w.Version == "2.0.0").Percent + "%"))}"));
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
}
