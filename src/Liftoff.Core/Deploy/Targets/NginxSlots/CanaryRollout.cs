using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// A canary: the new slot's weight goes up step by step (for example 5%, 25%, 50%, 100%), and at each step an
/// analysis of K rounds runs the declared checks against the canary and the stable slot at once, each on its own
/// port, and compares them (<see cref="CanaryJudge"/>). A failed round aborts: the canary's weight goes back to 0 and
/// its slot is stopped. Between rounds the state is read again, so an <c>Abort-&lt;Env&gt;</c> or a
/// <c>Promote-&lt;Env&gt;</c> from another run takes effect within one round.
/// </summary>
internal sealed class CanaryRollout(SlotsRuntime runtime)
{
    private readonly List<TrafficStep> _traffic = [];

    public async Task<SwitchResult> RunAsync(SlotName slot, VersionMarker marker, CancellationToken cancellationToken)
    {
        var (stable, stableMarker) = await BeginAsync(slot, marker, cancellationToken).ConfigureAwait(false);
        var elapsed = TimeSpan.Zero;
        using var http = SlotsRuntime.NewHttp();
        var checks = new SlotChecks(runtime.Options, runtime.Time, http);
        foreach (var percent in runtime.Options.Steps)
        {
            var moved = await StepAsync(slot, percent, cancellationToken).ConfigureAwait(false);
            if (moved is null)
            {
                break; // Promoted by another run.
            }

            elapsed = moved.Value;
            if (await AnalyseAsync(checks, slot, marker, stable, stableMarker, percent, cancellationToken).ConfigureAwait(false))
            {
                break; // Promoted by another run during the analysis.
            }
        }

        return await FinishAsync(slot, stable, marker.Version, elapsed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(SlotName Stable, VersionMarker Marker)> BeginAsync(SlotName slot, VersionMarker marker, CancellationToken cancellationToken)
    {
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            var stable = slot.Other();
            var canary = new CanaryState
            {
                Slot = slot,
                Version = marker.Version,
                StableVersion = state[stable].Version,
                Phase = CanaryPhase.Running,
                StartedAt = runtime.Now,
            };
            await runtime.Store.WriteAsync(state with { Canary = canary }, cancellationToken).ConfigureAwait(false);
            var stableMarker = state[stable].Marker ?? throw new LiftoffException(DiagnosticCodes.SlotStateUnreadable, ExitCodes.TaskFailed,
                $"the slot state {runtime.Store.StatePath} has no version marker for the stable {stable.Key()} slot");
            return (stable, stableMarker);
        }
    }

    // Sets the canary's weight; null when another run promoted it meanwhile.
    private async Task<TimeSpan?> StepAsync(SlotName slot, int percent, CancellationToken cancellationToken)
    {
        LiftoffException? refused = null;
        SlotsState? moved = null;
        var elapsed = TimeSpan.Zero;
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (Ended(state) is { } promoted)
            {
                return promoted ? null : throw ManualAbort(state);
            }

            try
            {
                (moved, elapsed) = await runtime.MoveAsync(
                    state.WithWeights(slot, percent) with { Canary = state.Canary! with { Percent = percent } }, cancellationToken).ConfigureAwait(false);
            }
            catch (LiftoffException error) when (error.Code is DiagnosticCodes.NginxConfigRejected or DiagnosticCodes.NginxReloadFailed)
            {
                refused = error;
            }
        }

        if (refused is not null || moved is null)
        {
            // nginx refused the step, so nothing moved; the canary ends the way a failed analysis ends it.
            var reason = string.Create(CultureInfo.InvariantCulture, $"nginx refused the {percent}% step: {refused?.Message}");
            throw await AbortAsync(reason, new Dictionary<string, double>(), cancellationToken).ConfigureAwait(false);
        }

        _traffic.Add(runtime.Step(TrafficActions.Weights, moved, elapsed));
        runtime.Say(string.Create(CultureInfo.InvariantCulture,
            $"canary {moved.Canary!.Version} at {percent}% in {elapsed.TotalMilliseconds:0.###} ms: {SlotsRuntime.Describe(moved)}"));
        return elapsed;
    }

    // K rounds against both slots; true when another run promoted the canary meanwhile.
    private async Task<bool> AnalyseAsync(
        SlotChecks checks, SlotName slot, VersionMarker marker, SlotName stable, VersionMarker stableMarker, int percent, CancellationToken cancellationToken)
    {
        var wait = runtime.Options.AnalysisInterval ?? TimeSpan.FromSeconds(runtime.Options.Validation.IntervalSeconds);
        for (var round = 1; round <= runtime.Options.AnalysisRounds; round++)
        {
            var canaryRound = checks.RoundAsync(slot, marker, wait, cancellationToken);
            var stableRound = checks.RoundAsync(stable, stableMarker, wait, cancellationToken);
            var verdict = CanaryJudge.Judge(await canaryRound.ConfigureAwait(false), await stableRound.ConfigureAwait(false), runtime.Options);
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (Ended(state) is { } promoted)
            {
                return promoted ? true : throw ManualAbort(state);
            }

            _traffic.Add(runtime.Step(TrafficActions.Analysis, state) with
            {
                Verdict = verdict.Passed ? "pass" : "fail",
                Reason = verdict.Reason,
                Values = verdict.Values,
            });
            runtime.Say(string.Create(CultureInfo.InvariantCulture,
                $"analysis at {percent}%, round {round}/{runtime.Options.AnalysisRounds}: {(verdict.Passed ? "pass" : "FAIL")} · {verdict.Reason ?? verdict.Summary}"));
            if (!verdict.Passed)
            {
                throw await AbortAsync(string.Create(CultureInfo.InvariantCulture, $"analysis failed at {percent}%, round {round}: {verdict.Reason}"),
                    verdict.Values, cancellationToken).ConfigureAwait(false);
            }
        }

        return false;
    }

    private async Task<SwitchResult> FinishAsync(SlotName slot, SlotName stable, string version, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        string? from;
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (Ended(state) is false)
            {
                throw ManualAbort(state);
            }

            if (state.Canary is { Phase: CanaryPhase.Promoted } promoted)
            {
                _traffic.Add(runtime.Step(TrafficActions.Promote, state) with { Reason = promoted.By is null ? null : "promoted by " + promoted.By });
            }

            from = state.Canary?.StableVersion;
            var drained = state[stable] with { DrainUntil = state[stable].DrainUntil ?? runtime.Now + runtime.Options.Drain };
            await runtime.Store.WriteAsync(state.With(stable, drained) with { Live = slot, Canary = null }, cancellationToken).ConfigureAwait(false);
        }

        if (!await runtime.ServedThroughNginxAsync(version, cancellationToken).ConfigureAwait(false))
        {
            throw new LiftoffException(DiagnosticCodes.SwitchNotServed, ExitCodes.TaskFailed,
                $"the canary {version} reached 100%, but {runtime.Options.Url} does not serve it; roll back with the previous version, which still runs in the {stable.Key()} slot");
        }

        runtime.Say($"canary {version} took all traffic; {stable.Key()} ({from}) drains for {runtime.Options.Drain.TotalSeconds:0.#} s");
        return new SwitchResult(from, version, elapsed, []) { Traffic = [.. _traffic] };
    }

    private async Task<CanaryAbortedException> AbortAsync(string reason, IReadOnlyDictionary<string, double> values, CancellationToken cancellationToken)
    {
        var step = await new CanaryControl(runtime).AbortAsync(reason, by: null, CancellationToken.None).ConfigureAwait(false);
        if (step is null)
        {
            // Another run ended the canary first; its decision stands.
            return ManualAbort(await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false));
        }

        _traffic.Add(step with { Values = values });
        return new CanaryAbortedException(DiagnosticCodes.CanaryAborted,
            $"the canary of {runtime.Options.Environment} was aborted: {reason}. The stable version serves everything again and the canary's slot was stopped.",
            [.. _traffic], values);
    }

    private CanaryAbortedException ManualAbort(SlotsState state)
    {
        var canary = state.Canary;
        _traffic.Add(runtime.Step(TrafficActions.Abort, state) with { Reason = canary?.Reason ?? "aborted by another run" });
        return new CanaryAbortedException(DiagnosticCodes.CanaryAbortedManually,
            $"the canary {canary?.Version} of {runtime.Options.Environment} was aborted{(canary?.By is { } by ? " by " + by : "")}: {canary?.Reason ?? "no reason given"}",
            [.. _traffic], new Dictionary<string, double>());
    }

    // Null while the canary runs; true when promoted; false when aborted (or gone).
    private static bool? Ended(SlotsState state) => state.Canary?.Phase switch
    {
        CanaryPhase.Running => null,
        CanaryPhase.Promoted => true,
        _ => false,
    };
}
