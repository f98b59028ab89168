using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Records.Ledger;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Cake.Tests.Environments.Slots;

/// <summary>
/// Promote-, Abort- and Drain-Production on canaries that deploys left behind, and their absence for an environment
/// that is not an nginxSlots one. (A deploy that sees a manual abort or promote while it runs is covered in Core, with
/// two targets over one state file: two hosts in one process would share one current directory.)
/// </summary>
[Category("ZeroDowntime")]
[Category("Nginx")]
public sealed class SlotsTasksTests : SlotsEnvironmentFixture
{
    [Test]
    public async Task PromoteAbortAndDrainProduction_CanariesLeftByCrashedDeploys_EndThemAndAreRecorded()
    {
        // Given 1.0.0 in production, then a canary of 2.0.0 left at 10% by a deploy that is gone
        Assert.That((await DeploySlotsAsync("1.0.0")).ExitCode, Is.Zero);
        await LeaveCanaryRunningAsync("2.0.0");

        // When it is promoted, the old slot drained, and a later canary of 3.0.0 aborted
        var promote = await RunAsync("--target=Promote-Production");
        var servedAfterPromote = await ServedVersionAsync();
        var drainedSlot = (await StateAsync()).Blue.ProcessId;
        var drain = await RunAsync("--target=Drain-Production");
        await LeaveCanaryRunningAsync("3.0.0");
        var abort = await RunAsync("--target=Abort-Production", "--reason=dashboards look wrong");

        // Then
        var records = await ProductionHistoryAsync();
        var state = await StateAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(promote.ExitCode, Is.Zero, promote.ToString());
            Assert.That(promote.Output, Does.Contain("Promote  production: canary 2.0.0 at 100% (skipped the steps after 10%)"));
            Assert.That(servedAfterPromote, Is.EqualTo("2.0.0"));
            Assert.That(drain.Output, Does.Contain("Drain    production: stopped blue 1.0.0."));
            Assert.That(SlotsNginx.IsRunning(drainedSlot!.Value), Is.False);
            Assert.That(abort.ExitCode, Is.Zero, abort.ToString());
            Assert.That(abort.Output, Does.Contain("Abort    production: canary 3.0.0 at 0% and stopped (dashboards look wrong)"));
            Assert.That(await ServedVersionAsync(), Is.EqualTo("2.0.0"));
            Assert.That(state.Live, Is.EqualTo(SlotName.Green));
            Assert.That(state.Blue.Running, Is.False, "the aborted canary's slot was stopped");
            // A deploy now validates itself, so the first version also has its validated record; the canaries' records are what this test is about.
            Assert.That(records.Where(r => r.Outcome != DeploymentOutcome.Validated).Select(r => (r.Version, r.Outcome)), Is.EqualTo(new[]
            {
                ("3.0.0", DeploymentOutcome.Failed), ("2.0.0", DeploymentOutcome.Deployed), ("1.0.0", DeploymentOutcome.Deployed),
            }));
            Assert.That(records[0].Traffic?.Single().Action, Is.EqualTo(TrafficActions.Abort));
            Assert.That(records[0].Traffic?.Single().Reason, Is.EqualTo("dashboards look wrong"));
            Assert.That(records[0].Traffic?.Single().Weights.Single(w => w.Version == "3.0.0").Percent, Is.Zero);
            Assert.That(records[1].Traffic?.Single().Action, Is.EqualTo(TrafficActions.Promote));
            Assert.That(records[1].Traffic?.Single().Weights.Single(w => w.Version == "2.0.0").Percent, Is.EqualTo(100));
        });
    }

    [Test]
    public async Task AbortProduction_NoCanaryRunning_FailsAsBadInput()
    {
        var result = await RunAsync("--target=Abort-Production");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1909: there is no canary in progress in production to abort"));
    }

    [Test]
    public async Task SlotsTasks_OnlyForNginxSlotsEnvironments()
    {
        var test = await RunAsync("--target=Drain-Test");
        var tree = await RunAsync("--tree");

        Assert.That(test.ExitCode, Is.EqualTo(2), test.ToString());
        Assert.That(tree.Output, Does.Contain("Abort-Production").And.Contain("Promote-Production").And.Contain("Drain-Production").And.Contain("Promote"));
    }
}
