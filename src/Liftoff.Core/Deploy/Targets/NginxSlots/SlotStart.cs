using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Puts a version into the idle slot without moving any traffic: waits out the drain of whatever still runs there
/// and stops it, extracts the artifact into the slot's release folder, starts the slot's process detached, waits for
/// its readiness path, then runs one round of the declared checks directly against its port. A slot that fails any
/// of this is stopped again; nginx is never touched.
/// </summary>
internal sealed class SlotStart(SlotsRuntime runtime)
{
    public async Task<SlotName> StartNewAsync(Artifact artifact, CancellationToken cancellationToken)
    {
        SlotName slot;
        SlotState started;
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (state.CanaryRunning)
            {
                var canary = state.Canary!;
                throw new LiftoffException(DiagnosticCodes.CanaryInProgress, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                    $"a canary of {canary.Version} is at {canary.Percent}% in {runtime.Options.Environment} (since {canary.StartedAt:u}); end it with Promote-<Env> or Abort-<Env> first. Nothing was started."));
            }

            slot = state.Live?.Other() ?? SlotName.Blue;
            state = await ClearAsync(state with { Canary = null }, slot, cancellationToken).ConfigureAwait(false);
            var release = runtime.Options.ReleaseFolder(slot);
            if (Directory.Exists(release))
            {
                Directory.Delete(release, recursive: true);
            }

            await ArtifactExtractor.ExtractAsync(artifact, release, cancellationToken).ConfigureAwait(false);
            started = new SlotState
            {
                Version = artifact.Manifest.Version,
                Marker = artifact.Marker,
                Artifact = artifact.ArchivePath,
                Release = release,
                Running = true,
                StartedAt = runtime.Now,
            };
            started = started with { ProcessId = await runtime.Processes.StartAsync(slot, started, cancellationToken).ConfigureAwait(false) };
            await runtime.Store.WriteAsync(state.With(slot, started), cancellationToken).ConfigureAwait(false);
        }

        await CheckAsync(slot, started, cancellationToken).ConfigureAwait(false);
        return slot;
    }

    /// <summary>Starts a stopped slot again from its release folder (a rollback to a version no longer running).</summary>
    public async Task RestartAsync(SlotName slot, CancellationToken cancellationToken)
    {
        SlotState started;
        using (await runtime.Store.LockAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (state[slot].Release is not { } release || !Directory.Exists(release))
            {
                throw new LiftoffException(DiagnosticCodes.SlotReleaseNotFound, ExitCodes.TaskFailed,
                    $"{state[slot].Version} was in the {slot.Key()} slot, but its release folder is gone; deploy it again with its artifact");
            }

            started = state[slot] with { Running = true, Weight = 0, DrainUntil = null, StartedAt = runtime.Now };
            started = started with { ProcessId = await runtime.Processes.StartAsync(slot, started, cancellationToken).ConfigureAwait(false) };
            await runtime.Store.WriteAsync(state.With(slot, started), cancellationToken).ConfigureAwait(false);
        }

        await CheckAsync(slot, started, cancellationToken).ConfigureAwait(false);
    }

    // Whatever still runs in the slot about to be used has no traffic; it goes once its drain time is over.
    private async Task<SlotsState> ClearAsync(SlotsState state, SlotName slot, CancellationToken cancellationToken)
    {
        if (!SlotProcesses.IsRunning(state[slot]))
        {
            return state;
        }

        var remaining = (state[slot].DrainUntil ?? runtime.Now) - runtime.Now;
        if (remaining > TimeSpan.Zero)
        {
            runtime.Say(string.Create(CultureInfo.InvariantCulture,
                $"{slot.Key()}: waiting {remaining.TotalSeconds:0.#} s for the drain of {state[slot].Version} before it is replaced"));
            await Task.Delay(remaining, runtime.Time, cancellationToken).ConfigureAwait(false);
        }

        return await runtime.StopAsync(state, slot, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckAsync(SlotName slot, SlotState started, CancellationToken cancellationToken)
    {
        using var http = SlotsRuntime.NewHttp();
        var checks = new SlotChecks(runtime.Options, runtime.Time, http);
        if (await checks.WaitReadyAsync(slot, started, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            await DiscardAsync(slot).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.SlotNotReady, ExitCodes.TaskFailed,
                $"{started.Version} in the {slot.Key()} slot of {runtime.Options.Environment}: {problem}. It was stopped; traffic did not move. Its log:{runtime.Processes.LogTail(slot)}");
        }

        if (!runtime.Options.Validation.Enabled)
        {
            return;
        }

        var smoke = await checks.SmokeAsync(slot, started.Marker!, cancellationToken).ConfigureAwait(false);
        runtime.Say($"{slot.Key()}: smoke checks on port {runtime.Options.PortOf(slot)}: {smoke.Summary}");
        if (!smoke.Passed)
        {
            await DiscardAsync(slot).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.SlotSmokeFailed, ExitCodes.TaskFailed,
                $"{started.Version} failed its checks in the {slot.Key()} slot of {runtime.Options.Environment} ({smoke.Summary}); it was stopped and traffic did not move:\n  " +
                string.Join("\n  ", smoke.Failures.Select(f => f.Check.ToString())));
        }
    }

    private async Task DiscardAsync(SlotName slot)
    {
        using (await runtime.Store.LockAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var state = await runtime.Store.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            await runtime.StopAsync(state, slot, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
