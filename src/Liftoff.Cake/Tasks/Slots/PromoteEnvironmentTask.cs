using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy.Slots;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Slots;

/// <summary>
/// <c>Promote-&lt;Env&gt;</c> (nginx-slots environments only): sends all traffic to the running canary now, skipping its
/// remaining steps and analysis; the stable slot drains. Not to be confused with <c>Promote</c>, which deploys one
/// environment's artifact to the next. The <c>Deploy-&lt;Env&gt;</c> running the canary finishes at its next round.
/// Recorded in the ledger as the canary's version, deployed.
/// </summary>
[TaskTemplate]
public sealed class PromoteEnvironmentTask(SlotsServices slots, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = slots.Now;
        var (options, target) = slots.Target(context, environment);
        var canary = (await target.ReadStateAsync().ConfigureAwait(false)).Canary;
        var step = await target.PromoteCanaryAsync(SlotsServices.Actor(context)).ConfigureAwait(false);
        await slots.RecordAsync(context, options, canary?.Version ?? "?", DeploymentOutcome.Deployed, started, step).ConfigureAwait(false);
        context.Log.Information("Promote  {0}: canary {1} at 100% (skipped the steps after {2}%) · {3}",
            options.Name, canary?.Version ?? "?", canary?.Percent ?? 0, SlotsServices.Describe(step));
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, target) = slots.Target(context, environment);
        var canary = (await target.ReadStateAsync().ConfigureAwait(false)).Canary;
        context.Log.Information(canary is { Phase: CanaryPhase.Running }
            ? $"Would send all traffic of {options.Name} to the canary {canary.Version} (now at {canary.Percent}%)."
            : $"{options.Name} has no canary in progress; Promote-{options.Name} would fail.");
    }
}
