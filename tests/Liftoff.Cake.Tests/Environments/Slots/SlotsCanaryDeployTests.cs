using System.Globalization;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Load;

namespace Liftoff.Cake.Tests.Environments.Slots;

/// <summary>Deploy-Production to an nginxSlots target with the canary strategy, under user traffic through nginx.</summary>
[Category("ZeroDowntime")]
[Category("Nginx")]
public sealed class SlotsCanaryDeployTests : SlotsEnvironmentFixture
{
    private const double ErrorRate = 0.20;
    private static readonly string[] Paths = ["/api/orders", "/"];

    [Test]
    public async Task DeployProduction_CanaryFailingOneOrderInFive_AbortedAtTheFirstStepWithItsVerdictInTheLedger()
    {
        // Given 1.0.0 in production, and users on /api/orders and / through nginx
        Assert.That((await DeploySlotsAsync("1.0.0")).ExitCode, Is.Zero);
        var load = new HttpLoad(Http, Paths);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(workers: 4, stop.Token);

        // When 2.0.0, whose /api/orders answers 500 to one request in five, goes out as a canary (10%, 50%, 100%)
        var deploy = await DeploySlotsAsync("2.0.0", failPercent: 20);
        var afterAbort = DateTimeOffset.UtcNow;
        await Task.Delay(1000);
        await stop.CancelAsync();
        await running;

        // Then it was aborted at its first step, the ledger holds the verdict with its values
        var records = await ProductionHistoryAsync();
        var aborted = records[0];
        var traffic = aborted.Traffic ?? [];
        var step = traffic.First(s => s.Action == TrafficActions.Weights);
        var abort = traffic.Last(s => s.Action == TrafficActions.Abort);
        var weight = step.Weights.Single(w => w.Version == "2.0.0").Percent / 100.0;

        // and the share of users' orders that failed stayed within the canary's weight times its error rate
        var orders = load.Between(step.At, abort.At).Where(s => s.Path == "/api/orders").ToList();
        var failed = orders.Count(s => s.Failed);
        var expected = orders.Count * weight * ErrorRate;
        var bound = expected + (3 * Math.Sqrt(expected * (1 - (weight * ErrorRate)))) + 1;
        var later = load.Between(afterAbort, DateTimeOffset.MaxValue);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bad canary at {weight:P0}: {failed} of {orders.Count} orders failed while it ran (expected ≤ {expected:0.#}, bound {bound:0.#}); {later.Count(s => s.Failed)} of {later.Count} requests failed after the abort; {load.Retried} resent after a reset keep-alive connection"));
        Assert.Multiple(() =>
        {
            Assert.That(deploy.ExitCode, Is.EqualTo(1), deploy.ToString());
            Assert.That(deploy.Output, Does.Contain("LIFTOFF1907: the canary of production was aborted: analysis failed at 10%, round 1"));
            Assert.That(aborted.Outcome, Is.EqualTo(DeploymentOutcome.Failed));
            Assert.That(aborted.Version, Is.EqualTo("2.0.0"));
            Assert.That(traffic.Select(s => s.Action), Is.EqualTo(new[] { TrafficActions.Weights, TrafficActions.Analysis, TrafficActions.Abort }));
            Assert.That(traffic[1].Verdict, Is.EqualTo("fail"));
            Assert.That(aborted.Measurements["canary.error rate.percent"], Is.GreaterThan(5));
            Assert.That(aborted.Measurements["stable.error rate.percent"], Is.Zero);
            Assert.That(abort.Weights.Single(w => w.Version == "2.0.0").Percent, Is.Zero);
            Assert.That(failed, Is.LessThanOrEqualTo(bound));
            Assert.That(later.Where(s => s.Failed).Select(s => s.Failure), Is.Empty, "no failed request once the canary is out");
            Assert.That(later, Is.Not.Empty);
            Assert.That(records[1].Traffic?.Single().Action, Is.EqualTo(TrafficActions.Switch), "the first deploy was a plain switch");
        });
        Assert.That(await ServedVersionAsync(), Is.EqualTo("1.0.0"));
    }
}
