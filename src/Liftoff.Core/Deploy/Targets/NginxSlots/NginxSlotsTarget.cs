using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// A service in two slots behind nginx. Preparing starts the new version in the idle slot and checks it directly on
/// its port; nothing served changes. The switch moves traffic by rewriting the upstream file Liftoff owns, checking
/// it with <c>nginx -t</c> and reloading gracefully: all at once (blue-green) or in steps with an analysis at each
/// (canary). The slot that lost its traffic keeps running for the drain time, so a rollback within it is a weight
/// change with no start; <see cref="DrainAsync"/> (or the next deploy) stops it afterwards.
/// </summary>
public sealed class NginxSlotsTarget : IDeployTarget
{
    private readonly SlotsRuntime _runtime;

    /// <summary>Creates the target; the options are validated here.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotsOptionsInvalid"/> for bad options.</exception>
    public NginxSlotsTarget(NginxSlotsOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _runtime = new SlotsRuntime(options, time);
    }

    /// <summary>The options in use.</summary>
    public NginxSlotsOptions Options => _runtime.Options;

    /// <inheritdoc />
    /// <remarks>
    /// The release id is the version and its location the slot (<c>blue</c> or <c>green</c>).
    /// </remarks>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.CanaryInProgress"/>, <see cref="DiagnosticCodes.SlotStartFailed"/>,
    /// <see cref="DiagnosticCodes.SlotNotReady"/> or <see cref="DiagnosticCodes.SlotSmokeFailed"/>; traffic did not move.
    /// </exception>
    public async Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var slot = await new SlotStart(_runtime).StartNewAsync(artifact, cancellationToken).ConfigureAwait(false);
        return new PreparedRelease(artifact.Manifest.Version, slot.Key(), artifact.Marker);
    }

    /// <inheritdoc />
    /// <remarks>The marker comes from the artifact and the service serves it; the checks in the preparation read it back.</remarks>
    public Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Blue-green, and every first deploy: one switch to 100%. Canary: the steps with their analysis; the result's
    /// <see cref="SwitchResult.Traffic"/> lists every weight change and verdict.
    /// </remarks>
    /// <exception cref="CanaryAbortedException">The canary was aborted; the stable version serves everything.</exception>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NginxConfigRejected"/> and others; nothing moved.</exception>
    public async Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        var slot = SlotNames.Parse(release.Location);
        var state = await _runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
        var hasStable = state.Live is { } live && live != slot && SlotProcesses.IsRunning(state[live]) && state[live].Weight > 0;
        return Options.Strategy == SlotStrategy.Canary && hasStable
            ? await new CanaryRollout(_runtime).RunAsync(slot, release.Marker, cancellationToken).ConfigureAwait(false)
            : await new SlotSwitch(_runtime).SwitchAsync(slot, release.Id, TrafficActions.Switch, stopOnRejection: true, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var state = await _runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (state.Live is not { } live || state[live].Version is not { } version)
        {
            return null;
        }

        return new DeployedRelease(version, string.Create(CultureInfo.InvariantCulture, $"{live.Key()} slot, 127.0.0.1:{Options.PortOf(live)}"), state[live].Marker);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Instant when the version still runs in the other slot (within its drain time, or until something stopped it):
    /// only the weights change. A version whose slot was stopped is started again from its release folder first.
    /// A rollback during a canary ends the canary.
    /// </remarks>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotReleaseNotFound"/> when neither slot holds the version.</exception>
    public async Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(releaseId);
        var state = await _runtime.Store.ReadAsync(cancellationToken).ConfigureAwait(false);
        SlotName[] slots = [SlotName.Blue, SlotName.Green];
        var holding = slots.Where(slot => state[slot].Version == releaseId).OrderByDescending(slot => SlotProcesses.IsRunning(state[slot])).ToList();
        if (holding.Count == 0)
        {
            throw new LiftoffException(DiagnosticCodes.SlotReleaseNotFound, ExitCodes.TaskFailed,
                $"{releaseId} is in neither slot of {Options.Environment} ({SlotsRuntime.Describe(state)}); deploy it again with its artifact");
        }

        var slot = holding[0];
        if (state.Live == slot && state[slot].Weight == 100 && SlotProcesses.IsRunning(state[slot]))
        {
            return new SwitchResult(releaseId, releaseId, TimeSpan.Zero, []);
        }

        if (!SlotProcesses.IsRunning(state[slot]))
        {
            _runtime.Say($"{slot.Key()}: {releaseId} no longer runs; starting it again (this rollback is not instant)");
            await new SlotStart(_runtime).RestartAsync(slot, cancellationToken).ConfigureAwait(false);
        }

        return await new SlotSwitch(_runtime).SwitchAsync(slot, releaseId, TrafficActions.Rollback, stopOnRejection: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The slot state as the state file records it.</summary>
    public Task<SlotsState> ReadStateAsync(CancellationToken cancellationToken = default) => _runtime.Store.ReadAsync(cancellationToken);

    /// <summary>
    /// Aborts the running canary: its weight to 0, its slot stopped. A deploy running the canary in another process
    /// sees it within one analysis round and fails with <see cref="DiagnosticCodes.CanaryAbortedManually"/>.
    /// </summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NoCanaryRunning"/>.</exception>
    public async Task<TrafficStep> AbortCanaryAsync(string by, string reason, CancellationToken cancellationToken = default) =>
        await new CanaryControl(_runtime).AbortAsync(reason, by, cancellationToken).ConfigureAwait(false) ?? throw NoCanary("abort");

    /// <summary>Sends all traffic to the running canary now, skipping its remaining steps; the stable slot drains.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NoCanaryRunning"/>.</exception>
    public async Task<TrafficStep> PromoteCanaryAsync(string by, CancellationToken cancellationToken = default) =>
        await new CanaryControl(_runtime).PromoteAsync(by, cancellationToken).ConfigureAwait(false) ?? throw NoCanary("promote");

    /// <summary>Stops slots whose drain is over; with <paramref name="wait"/>, waits for drains still running first.</summary>
    /// <returns>What was stopped, for example <c>green 1.0.0</c>.</returns>
    public Task<IReadOnlyList<string>> DrainAsync(bool wait, CancellationToken cancellationToken = default) =>
        new SlotDrain(_runtime).DrainAsync(wait, cancellationToken);

    private LiftoffException NoCanary(string verb) =>
        new(DiagnosticCodes.NoCanaryRunning, ExitCodes.BadInput,
            $"there is no canary in progress in {Options.Environment} to {verb} (see {Options.StatePath})");
}
