using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy.Slots;

namespace Liftoff.Cake.Tasks.Slots;

/// <summary>
/// <c>Drain-&lt;Env&gt;</c> (nginx-slots environments only): waits until the slot that lost its traffic has drained
/// (<c>drainSeconds</c> after the switch), then stops it. Until then a rollback is a weight change; afterwards it needs
/// a start. The next deploy does the same for the slot it needs, so running this is optional.
/// </summary>
[TaskTemplate]
public sealed class DrainEnvironmentTask(SlotsServices slots, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, target) = slots.Target(context, environment);
        var stopped = await target.DrainAsync(wait: true).ConfigureAwait(false);
        context.Log.Information(stopped.Count == 0
            ? $"Drain    {options.Name}: no slot was draining."
            : $"Drain    {options.Name}: stopped {string.Join(", ", stopped)}.");
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, target) = slots.Target(context, environment);
        var state = await target.ReadStateAsync().ConfigureAwait(false);
        var draining = new[] { Liftoff.Deploy.Targets.NginxSlots.SlotName.Blue, Liftoff.Deploy.Targets.NginxSlots.SlotName.Green }
            .Where(slot => state[slot] is { Running: true, Weight: 0, DrainUntil: not null })
            .Select(slot => $"{slot} {state[slot].Version} (drains until {state[slot].DrainUntil:u})");
        context.Log.Information("Would stop in {0}: {1}", options.Name, string.Join(", ", draining.DefaultIfEmpty("nothing")));
    }
}
