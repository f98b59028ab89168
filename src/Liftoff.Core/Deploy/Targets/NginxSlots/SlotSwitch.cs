using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Sends all traffic to one slot in one reload: the blue-green switch, a first deploy, and a rollback. The slot that
/// loses its traffic keeps running for the drain time, so going back is another weight change and not a start. After
/// the reload the version marker is read through nginx; when nginx does not serve it, the weights go back.
/// </summary>
internal sealed class SlotSwitch(SlotsRuntime runtime)
{
    /// <summary>Moves 100% to <paramref name="slot"/>, which must run <paramref name="version"/>.</summary>
    /// <param name="slot">The slot to serve.</param>
    /// <param name="version">The version it runs.</param>
    /// <param name="action">A <see cref="TrafficActions"/> value for the ledger.</param>
    /// <param name="stopOnRejection">Whether a rejected nginx configuration also stops the slot (a new slot, never served).</param>
    /// <param name="cancellationToken">Stops the switch.</param>
    public async Task<SwitchResult> SwitchAsync(SlotName slot, string version, string action, bool stopOnRejection, CancellationToken cancellationToken)
    {
        SlotsState before;
        SlotsState after;
        TimeSpan elapsed;
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            before = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!before[slot].Running || before[slot].Version != version)
            {
                throw new LiftoffException(DiagnosticCodes.SwitchFailed, ExitCodes.TaskFailed,
                    $"the {slot.Key()} slot of {runtime.Options.Environment} no longer runs {version} (it runs {before[slot].Version ?? "nothing"}); nothing was switched");
            }

            try
            {
                (after, elapsed) = await runtime.MoveAsync(AllTo(before, slot), cancellationToken).ConfigureAwait(false);
            }
            catch (LiftoffException) when (stopOnRejection)
            {
                // nginx was left as it was; stop the new slot too, so that nothing at all changed.
                await runtime.StopAsync(before, slot, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        var step = runtime.Step(action, after, elapsed);
        if (!await runtime.ServedThroughNginxAsync(version, cancellationToken).ConfigureAwait(false))
        {
            await RevertAsync(before, cancellationToken).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.SwitchNotServed, ExitCodes.TaskFailed,
                $"after the reload {runtime.Options.Url} did not serve {version} within {runtime.Options.Validation.ReadinessTimeoutSeconds:0.#} s (does the nginx upstream include {runtime.Options.UpstreamFile}?); the weights were put back: {SlotsRuntime.Describe(before)}");
        }

        var from = before.Live is { } live ? before[live].Version : null;
        runtime.Say(string.Create(CultureInfo.InvariantCulture,
            $"{action}: 100% to {slot.Key()} ({version}) in {elapsed.TotalMilliseconds:0.###} ms{Draining(after, slot)}"));
        return new SwitchResult(from, version, elapsed, []) { Traffic = [step] };
    }

    /// <summary>The state with all traffic on <paramref name="slot"/>; the other slot, if it served, drains from now.</summary>
    public SlotsState AllTo(SlotsState state, SlotName slot)
    {
        var other = slot.Other();
        var next = state.WithWeights(slot, 100) with { Live = slot };
        if (state[other].Running && (state[other].Weight > 0 || state.Live == other))
        {
            next = next.With(other, next[other] with { DrainUntil = runtime.Now + runtime.Options.Drain });
        }

        // A rollback in the middle of a canary ends the canary.
        return state.CanaryRunning
            ? next with { Canary = state.Canary! with { Phase = CanaryPhase.Aborted, Percent = next[state.Canary.Slot].Weight, Reason = "rolled back" } }
            : next;
    }

    private async Task RevertAsync(SlotsState before, CancellationToken cancellationToken)
    {
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            var reverted = current with { Live = before.Live, Canary = before.Canary };
            foreach (var slot in new[] { SlotName.Blue, SlotName.Green })
            {
                reverted = reverted.With(slot, reverted[slot] with { Weight = before[slot].Weight, DrainUntil = before[slot].DrainUntil });
            }

            await runtime.MoveAsync(reverted, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Draining(SlotsState state, SlotName slot)
    {
        var other = state[slot.Other()];
        return other is { Running: true, DrainUntil: { } until }
            ? string.Create(CultureInfo.InvariantCulture, $"; {slot.Other().Key()} ({other.Version}) drains until {until:HH:mm:ss}")
            : "";
    }
}
