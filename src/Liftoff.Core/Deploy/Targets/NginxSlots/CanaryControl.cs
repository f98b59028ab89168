using System.Globalization;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Ends a running canary, from the deploy itself (a failed analysis) or from another run (<c>Abort-&lt;Env&gt;</c>,
/// <c>Promote-&lt;Env&gt;</c>). Each takes the state lock, so it cannot interleave with a canary step; the deploy
/// sees the new phase at its next step or analysis round. Both return null when no canary was running.
/// </summary>
internal sealed class CanaryControl(SlotsRuntime runtime)
{
    /// <summary>
    /// All traffic back to the stable slot (the canary's weight to 0, written <c>down</c>), then the canary's slot is
    /// stopped; it had no traffic left, and a graceful stop lets its last requests finish.
    /// </summary>
    public async Task<TrafficStep?> AbortAsync(string reason, string? by, CancellationToken cancellationToken)
    {
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (state.Canary is not { Phase: CanaryPhase.Running } canary)
            {
                return null;
            }

            var stable = canary.Slot.Other();
            var next = state.WithWeights(stable, 100) with
            {
                Live = stable,
                Canary = canary with { Phase = CanaryPhase.Aborted, Percent = 0, By = by, Reason = reason },
            };
            var (moved, elapsed) = await runtime.MoveAsync(next, cancellationToken).ConfigureAwait(false);
            runtime.Say(string.Create(CultureInfo.InvariantCulture,
                $"abort: canary {canary.Version} at 0%, {stable.Key()} ({state[stable].Version}) at 100% in {elapsed.TotalMilliseconds:0.###} ms{(by is null ? "" : $" (by {by})")}: {reason}"));
            var stopped = await runtime.StopAsync(moved, canary.Slot, CancellationToken.None).ConfigureAwait(false);
            return runtime.Step(TrafficActions.Abort, stopped, elapsed) with { Reason = reason };
        }
    }

    /// <summary>All traffic to the canary now, skipping its remaining steps; the stable slot drains.</summary>
    public async Task<TrafficStep?> PromoteAsync(string? by, CancellationToken cancellationToken)
    {
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (state.Canary is not { Phase: CanaryPhase.Running } canary)
            {
                return null;
            }

            var next = new SlotSwitch(runtime).AllTo(state, canary.Slot) with
            {
                Canary = canary with { Phase = CanaryPhase.Promoted, Percent = 100, By = by },
            };
            var stable = canary.Slot.Other();
            if (next[stable].Running && next[stable].DrainUntil is null)
            {
                next = next.With(stable, next[stable] with { DrainUntil = runtime.Now + runtime.Options.Drain });
            }

            var (moved, elapsed) = await runtime.MoveAsync(next, cancellationToken).ConfigureAwait(false);
            runtime.Say(string.Create(CultureInfo.InvariantCulture,
                $"promote: canary {canary.Version} at 100% in {elapsed.TotalMilliseconds:0.###} ms{(by is null ? "" : $" (by {by})")}; {stable.Key()} ({state[stable].Version}) drains"));
            return runtime.Step(TrafficActions.Promote, moved, elapsed) with { Reason = by is null ? null : "promoted by " + by };
        }
    }
}
