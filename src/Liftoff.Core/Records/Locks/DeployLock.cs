using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;

namespace Liftoff.Records.Locks;

/// <summary>
/// One deploy lock per environment, kept as the ref <c>refs/liftoff/locks/&lt;env&gt;</c> (by default) where every machine
/// that deploys can see it. Taking it is an atomic create that fails when the ref exists; releasing deletes it only
/// while it still holds our commit. A lock older than its TTL is reported as stale, and only a forced unlock removes it.
/// </summary>
public sealed class DeployLock
{
    private const int Attempts = 3;

    private readonly IRefStore _store;
    private readonly LocksOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly LockOwner _owner;

    /// <summary>Creates the lock service.</summary>
    /// <param name="store">Where the lock refs live.</param>
    /// <param name="options">The ref prefix and TTL; the defaults (<c>refs/liftoff/locks/</c>, 60 minutes) when null.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    /// <param name="owner">Who takes locks; this process when null.</param>
    public DeployLock(IRefStore store, LocksOptions? options = null, TimeProvider? timeProvider = null, LockOwner? owner = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new LocksOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _owner = owner ?? LockOwner.Current();
    }

    /// <summary>The lock ref of an environment.</summary>
    /// <exception cref="LiftoffException">The name cannot be part of a ref (<see cref="DiagnosticCodes.RecordInvalid"/>).</exception>
    public string RefNameFor(string environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.Length == 0 || !char.IsAsciiLetter(environment[0]) || !environment.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new LiftoffException(DiagnosticCodes.RecordInvalid, ExitCodes.BadInput, $"'{environment}' is not a usable environment name for a lock.");
        }

        // Environment names are case-insensitive in configuration, so Production and production share one lock.
#pragma warning disable CA1308 // Ref names are conventionally lower case; this is not a comparison.
        var refName = _options.RefPrefix + environment.ToLowerInvariant();
#pragma warning restore CA1308
        RefNames.Validate(refName);
        return refName;
    }

    /// <summary>Takes the environment's lock, or fails at once when someone holds it.</summary>
    /// <param name="environment">The environment, for example <c>production</c>.</param>
    /// <param name="runId">The run taking it, recorded for whoever finds it held.</param>
    /// <param name="cancellationToken">Kills git and throws when cancelled.</param>
    /// <returns>The held lock, to release in a <c>finally</c>.</returns>
    /// <exception cref="LiftoffException">
    /// Held by someone else (<see cref="DiagnosticCodes.LockHeld"/>, or <see cref="DiagnosticCodes.LockStale"/> when older
    /// than its TTL: "Deploy-Production is locked by user@host (pid N, run R) since …"), or git failed.
    /// </exception>
    public async Task<HeldLock> AcquireAsync(string environment, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var refName = RefNameFor(environment);
        var record = new LockRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Environment = environment,
            User = _owner.User,
            Host = _owner.Host,
            ProcessId = _owner.ProcessId,
            RunId = runId,
            AcquiredAt = _timeProvider.GetUtcNow(),
            Ttl = TimeSpan.FromMinutes(_options.TtlMinutes),
        };
        var summary = string.Create(CultureInfo.InvariantCulture, $"lock {environment} for run {runId} by {record.User}@{record.Host}");
        var commit = await _store.WriteCommitAsync(RecordMessage.Format(summary, record), parent: null, cancellationToken).ConfigureAwait(false);

        LockStatus? holder = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var update = await _store.CompareAndSwapAsync(refName, expected: null, commit, cancellationToken).ConfigureAwait(false);
            if (update.Swapped)
            {
                return new HeldLock(refName, commit, record);
            }

            // Read who holds it; if it vanished in between (released), try once more.
            holder = await InspectAsync(environment, cancellationToken).ConfigureAwait(false);
            if (holder is not null)
            {
                break;
            }
        }

        throw holder is null
            ? new LiftoffException(DiagnosticCodes.LockHeld, ExitCodes.TaskFailed, $"{TargetName(environment)} is locked, and the lock keeps changing hands; try again.")
            : Locked(environment, holder);
    }

    /// <summary>Releases a lock this process took, unless someone forced it away meanwhile.</summary>
    /// <returns>True when released; false when the ref no longer held our commit (forced away, then perhaps taken again), which is left alone.</returns>
    /// <exception cref="LiftoffException">git failed.</exception>
    public async Task<bool> ReleaseAsync(HeldLock held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        var update = await _store.CompareAndSwapAsync(held.RefName, held.Commit, replacement: null, cancellationToken).ConfigureAwait(false);
        return update.Swapped;
    }

    /// <summary>The environment's lock as it stands, or null when nobody holds it.</summary>
    /// <exception cref="LiftoffException">The ref holds no lock record, or git failed.</exception>
    public async Task<LockStatus?> InspectAsync(string environment, CancellationToken cancellationToken = default)
    {
        var refName = RefNameFor(environment);
        var commit = await _store.ReadAsync(refName, cancellationToken).ConfigureAwait(false);
        if (commit is null)
        {
            return null;
        }

        var message = await _store.ReadMessageAsync(commit, cancellationToken).ConfigureAwait(false);
        var record = RecordMessage.Parse<LockRecord>(message, $"The lock ref {refName} ({commit})");
        var age = _timeProvider.GetUtcNow() - record.AcquiredAt;
        return new LockStatus(record, commit, age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }

    /// <summary>Removes the environment's lock whoever holds it (<c>Unlock-&lt;Env&gt; --force</c>).</summary>
    /// <returns>The lock that was removed, for the report; null when there was none.</returns>
    /// <exception cref="LiftoffException">git failed.</exception>
    public async Task<LockStatus?> ForceUnlockAsync(string environment, CancellationToken cancellationToken = default)
    {
        var refName = RefNameFor(environment);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var commit = await _store.ReadAsync(refName, cancellationToken).ConfigureAwait(false);
            if (commit is null)
            {
                return null;
            }

            LockStatus? status;
            try
            {
                status = await InspectAsync(environment, cancellationToken).ConfigureAwait(false);
            }
            catch (LiftoffException error) when (error.Code == DiagnosticCodes.RecordUnreadable)
            {
                // Garbage under the lock ref still blocks deploys; a forced unlock removes it all the same.
                status = null;
            }

            var target = status?.Commit ?? commit;
            var update = await _store.CompareAndSwapAsync(refName, target, replacement: null, cancellationToken).ConfigureAwait(false);
            if (update.Swapped)
            {
                return status;
            }
        }

        throw new LiftoffException(DiagnosticCodes.LockHeld, ExitCodes.TaskFailed, $"{TargetName(environment)}'s lock kept changing while being removed; try again.");
    }

    /// <summary>The deploy target's name for an environment: <c>production</c> gives <c>Deploy-Production</c>.</summary>
    public static string TargetName(string environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        return "Deploy-" + char.ToUpperInvariant(environment[0]) + environment[1..];
    }

    private static LiftoffException Locked(string environment, LockStatus status)
    {
        var holder = status.Holder;
        var since = holder.AcquiredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{TargetName(environment)} is locked by {holder.User}@{holder.Host} (pid {holder.ProcessId}, run {holder.RunId}) since {since}");
        if (!status.IsStale)
        {
            return new LiftoffException(DiagnosticCodes.LockHeld, ExitCodes.TaskFailed, message + ".");
        }

        var unlock = "Unlock-" + TargetName(environment)["Deploy-".Length..];
        return new LiftoffException(
            DiagnosticCodes.LockStale,
            ExitCodes.TaskFailed,
            string.Create(CultureInfo.InvariantCulture, $"{message}; the lock is stale (older than its TTL of {holder.Ttl.TotalMinutes:0.#} min), probably left by a crashed run. Check that run, then remove it with {unlock} --force."));
    }
}
