using System.Globalization;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Load;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Core.Tests.Deploy.NginxSlots;

/// <summary>
/// Blue-green through real nginx, with the test app as the service: every switch happens under a load loop through
/// nginx, and zero downtime means no failed request at all.
/// </summary>
[Category("ZeroDowntime")]
[Category("Nginx")]
[NonParallelizable] // Several test apps at once on two cores make slot start-up slow enough to blur the figures.
public sealed class BlueGreenTests
{
    private static readonly string[] Paths = ["/", "/api/orders", "/health", "/.well-known/liftoff.json"];

    [Test]
    public async Task Switch_UnderLoad_NoFailedRequestAndOnlyTheNewVersionAfterwards()
    {
        // Given v1 live in blue, and a load loop through nginx
        await using var slots = await SlotsFixture.StartAsync();
        var target = slots.Target();
        await slots.DeployAsync(target, "1.0.0");
        var load = new HttpLoad(slots.Http, Paths);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 6, stop.Token);
        await Task.Delay(400);

        // When v2 is deployed (started in green, checked on its port, then 100% switched)
        var switched = await slots.DeployAsync(target, "2.0.0");
        var after = DateTimeOffset.UtcNow;
        await Task.Delay(600);
        await stop.CancelAsync();
        await running;

        // Then
        var state = await target.ReadStateAsync();
        var late = load.Between(after, DateTimeOffset.MaxValue);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"blue-green: {load.Samples.Count} requests, {load.Samples.Count(s => s.Failed)} failed ({load.Retried} resent after a reset keep-alive connection); switch (upstream write + nginx -t + reload, until the old workers stopped taking requests) {switched.Elapsed.TotalMilliseconds:0.#} ms; {late.Count} requests after the switch"));
        Assert.Multiple(() =>
        {
            Assert.That(load.Samples.Where(s => s.Failed).Select(s => s.Failure), Is.Empty);
            Assert.That(load.Samples.Select(s => s.Version).Distinct(), Is.EquivalentTo(new[] { "1.0.0", "2.0.0" }), "both versions served during the load");
            Assert.That(late, Is.Not.Empty);
            Assert.That(late.Select(s => s.Version).Distinct(), Is.EqualTo(new[] { "2.0.0" }), "after the switch only the new version answers");
            Assert.That(switched.From, Is.EqualTo("1.0.0"));
            Assert.That(switched.Traffic.Single().Action, Is.EqualTo(TrafficActions.Switch));
            Assert.That(state.Live, Is.EqualTo(SlotName.Green));
            Assert.That(state.Blue.Running && state.Blue.DrainUntil is not null, Is.True, "the old slot drains");
            Assert.That(File.ReadAllText(slots.Upstream), Does.Contain($"127.0.0.1:{slots.BluePort} down;").And.Contain($"127.0.0.1:{slots.GreenPort} weight=100;"));
        });
    }

    [Test]
    public async Task Rollback_WithinTheDrainTime_OnlyMovesTheWeightsAndDropsNoRequest()
    {
        // Given v2 just switched in, v1 still draining in blue, and a load loop through nginx
        await using var slots = await SlotsFixture.StartAsync();
        var target = slots.Target(drain: TimeSpan.FromMinutes(5));
        await slots.DeployAsync(target, "1.0.0");
        await slots.DeployAsync(target, "2.0.0");
        var blueBefore = (await target.ReadStateAsync()).Blue;
        var load = new HttpLoad(slots.Http, Paths);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 6, stop.Token);
        await Task.Delay(400);

        // When
        var rolledBack = await target.RollbackAsync("1.0.0");
        var after = DateTimeOffset.UtcNow;
        await Task.Delay(600);
        await stop.CancelAsync();
        await running;

        // Then the weights moved back to the running v1: no start, no failed request
        var state = await target.ReadStateAsync();
        var late = load.Between(after, DateTimeOffset.MaxValue);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"instant rollback: switched in {rolledBack.Elapsed.TotalMilliseconds:0.###} ms (upstream write + nginx -t + reload, until the old workers stopped taking requests); {load.Samples.Count} requests, {load.Samples.Count(s => s.Failed)} failed ({load.Retried} resent after a reset keep-alive connection)"));
        Assert.Multiple(() =>
        {
            Assert.That(load.Samples.Where(s => s.Failed).Select(s => s.Failure), Is.Empty);
            Assert.That(late.Select(s => s.Version).Distinct(), Is.EqualTo(new[] { "1.0.0" }));
            Assert.That(rolledBack.From, Is.EqualTo("2.0.0"));
            Assert.That(rolledBack.Traffic.Single().Action, Is.EqualTo(TrafficActions.Rollback));
            Assert.That(state.Live, Is.EqualTo(SlotName.Blue));
            Assert.That(state.Blue.ProcessId, Is.EqualTo(blueBefore.ProcessId), "the same process: nothing was started");
            Assert.That(state.Blue.StartedAt, Is.EqualTo(blueBefore.StartedAt));
            Assert.That(slots.Log, Has.None.Contains("no longer runs"));
            Assert.That(state.Green.Running && state.Green.DrainUntil is not null, Is.True, "the rolled-back-from slot drains in turn");
        });
    }

    [Test]
    public async Task Switch_NginxRejectsTheConfiguration_AbortsBeforeAnyReloadAndChangesNothing()
    {
        // Given v1 live, and an nginx configuration that nginx -t now rejects
        await using var slots = await SlotsFixture.StartAsync();
        var target = slots.Target();
        await slots.DeployAsync(target, "1.0.0");
        var upstreamBefore = await File.ReadAllTextAsync(slots.Upstream);
        await File.AppendAllTextAsync(slots.Nginx.Config.ConfigPath, "\nnot_a_directive on;\n");
        var logOffset = new FileInfo(slots.Nginx.Config.ErrorLogPath).Length;

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(async () => await slots.DeployAsync(target, "2.0.0"));

        // Then
        var state = await target.ReadStateAsync();
        var greenPid = state.Green.ProcessId;
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.NginxConfigRejected));
            Assert.That(error.Message, Does.Contain("unknown directive \"not_a_directive\""));
            Assert.That(await File.ReadAllTextAsync(slots.Upstream), Is.EqualTo(upstreamBefore), "the previous upstream file is back");
            Assert.That(slots.Nginx.ReadErrorLog(logOffset), Does.Not.Contain("signal process started").And.Not.Contain("reconfiguring"), "no reload was sent");
            Assert.That(await slots.ServedVersionAsync(), Is.EqualTo("1.0.0"));
            Assert.That(state.Live, Is.EqualTo(SlotName.Blue));
            Assert.That(state.Green.Running, Is.False, "the new slot was stopped again");
            Assert.That(greenPid, Is.Null);
            Assert.That(SlotsNginx.RecordedPids(slots.StatePath), Has.Count.EqualTo(1));
        });
    }
}
