using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Deploy.Slots;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Slots;

/// <summary>
/// <c>Abort-&lt;Env&gt;</c> (nginx-slots environments only): sends the running canary's weight back to 0 and stops its
/// slot, as a failed analysis would; the <c>Deploy-&lt;Env&gt;</c> running the canary fails at its next round. It does
/// not take the deploy lock, which that deploy holds. Recorded in the ledger as the canary's version, failed, with
/// <c>--reason</c>.
/// </summary>
[TaskTemplate]
public sealed class AbortEnvironmentTask(SlotsServices slots, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = slots.Now;
        var (options, target) = slots.Target(context, environment);
        var canary = (await target.ReadStateAsync().ConfigureAwait(false)).Canary;
        var reason = DeployArguments.Value(context, "reason") ?? "aborted by hand";
        var step = await target.AbortCanaryAsync(SlotsServices.Actor(context), reason).ConfigureAwait(false);
        await slots.RecordAsync(context, options, canary?.Version ?? "?", DeploymentOutcome.Failed, started, step).ConfigureAwait(false);
        context.Log.Information("Abort    {0}: canary {1} at 0% and stopped ({2}) · {3}", options.Name, canary?.Version ?? "?", reason, SlotsServices.Describe(step));
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, target) = slots.Target(context, environment);
        var canary = (await target.ReadStateAsync().ConfigureAwait(false)).Canary;
        context.Log.Information(canary is { Phase: Liftoff.Deploy.Targets.NginxSlots.CanaryPhase.Running }
            ? $"Would abort the canary {canary.Version} of {options.Name} (now at {canary.Percent}%) and stop its slot."
            : $"{options.Name} has no canary in progress; Abort would fail.");
    }
}
