using System.Globalization;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Stops slots that lost their traffic once their drain time is over. Until then a rollback to them is a weight
/// change; afterwards it needs a start. Runs on <c>Drain-&lt;Env&gt;</c> (which waits for the drain) and, for the
/// idle slot, at the start of the next deploy.
/// </summary>
internal sealed class SlotDrain(SlotsRuntime runtime)
{
    /// <summary>Stops each draining slot; with <paramref name="wait"/> waits for a drain still running, else leaves it.</summary>
    /// <returns>What was stopped, for example <c>green 1.0.0</c>.</returns>
    public async Task<IReadOnlyList<string>> DrainAsync(bool wait, CancellationToken cancellationToken)
    {
        var stopped = new List<string>();
        foreach (var slot in new[] { SlotName.Blue, SlotName.Green })
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!IsDraining(state, slot, out var pid))
            {
                continue;
            }

            var remaining = state[slot].DrainUntil!.Value - runtime.Now;
            if (remaining > TimeSpan.Zero)
            {
                if (!wait)
                {
                    continue;
                }

                runtime.Say(string.Create(CultureInfo.InvariantCulture, $"{slot.Key()}: {state[slot].Version} drains for {remaining.TotalSeconds:0.#} s more"));
                await Task.Delay(remaining, runtime.Time, cancellationToken).ConfigureAwait(false);
            }

            using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
            {
                // Read again: a rollback may have sent traffic back to this slot while we waited.
                state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (IsDraining(state, slot, out var now) && now == pid)
                {
                    await runtime.StopAsync(state, slot, cancellationToken).ConfigureAwait(false);
                    stopped.Add($"{slot.Key()} {state[slot].Version}");
                }
            }
        }

        return stopped;
    }

    // Running, no traffic, and told to drain: a prepared slot or the stable slot under a canary at 100% has no drain time.
    private static bool IsDraining(SlotsState state, SlotName slot, out int pid)
    {
        pid = state[slot].ProcessId ?? 0;
        return state[slot] is { Running: true, Weight: 0, DrainUntil: not null } && state.Live != slot && SlotProcesses.IsRunning(state[slot]);
    }
}
