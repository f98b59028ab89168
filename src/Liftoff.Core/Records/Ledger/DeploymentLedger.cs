using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;

namespace Liftoff.Records.Ledger;

/// <summary>
/// The record of what went where: a chain of commits on <c>refs/liftoff/ledger</c> (by default), each holding one
/// <see cref="DeploymentRecord"/> as JSON in its message. An append builds a commit on the current tip and swaps the
/// ref only if the tip has not moved; when another machine appended first, it reads the new tip, rebuilds and tries
/// again after a short random pause. A record is never lost or overwritten: the ref only ever moves to a child of
/// the tip it was read at.
/// </summary>
public sealed class DeploymentLedger
{
    /// <summary>Appends that lose this many races in a row give up. Default 40.</summary>
    public const int DefaultMaxAttempts = 40;

    private readonly IRefStore _store;
    private readonly string _refName;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxAttempts;

    /// <summary>Creates the ledger.</summary>
    /// <param name="store">Where the ledger ref lives (the remote, or the local repository).</param>
    /// <param name="options">The ledger ref; <c>refs/liftoff/ledger</c> when null.</param>
    /// <param name="timeProvider">The clock the retry pauses wait on; the system clock when null.</param>
    /// <param name="maxAttempts">How many compare-and-swap attempts an append makes before giving up.</param>
    public DeploymentLedger(IRefStore store, LedgerOptions? options = null, TimeProvider? timeProvider = null, int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _store = store;
        _refName = (options ?? new LedgerOptions()).Ref;
        RefNames.Validate(_refName);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _maxAttempts = maxAttempts;
    }

    /// <summary>A new record id: sortable by creation and unique across machines.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    /// <summary>Appends a record.</summary>
    /// <exception cref="LiftoffException">
    /// The record lacks an id, environment, version or actor (<see cref="DiagnosticCodes.RecordInvalid"/>); every attempt lost
    /// its race (<see cref="DiagnosticCodes.LedgerContention"/>); or git failed.
    /// </exception>
    public async Task<LedgerAppendResult> AppendAsync(DeploymentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        Validate(record);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{record.Environment}: {Describe(record.Outcome)} {record.Version}");
        var message = RecordMessage.Format(summary, record);

        var lastReason = "";
        for (var attempt = 1; attempt <= _maxAttempts; attempt++)
        {
            var tip = await _store.ReadAsync(_refName, cancellationToken).ConfigureAwait(false);
            var commit = await _store.WriteCommitAsync(message, tip, cancellationToken).ConfigureAwait(false);
            var update = await _store.CompareAndSwapAsync(_refName, tip, commit, cancellationToken).ConfigureAwait(false);
            if (update.Swapped)
            {
                return new LedgerAppendResult(commit, attempt);
            }

            lastReason = update.Reason;
            await Task.Delay(Backoff(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var location = await _store.DescribeLocationAsync(cancellationToken).ConfigureAwait(false);
        throw new LiftoffException(
            DiagnosticCodes.LedgerContention,
            ExitCodes.TaskFailed,
            string.Create(CultureInfo.InvariantCulture, $"Could not append to the ledger {_refName} in {location}: other appends won {_maxAttempts} races in a row (last: {lastReason}). Record {record.Id} was not written; run again."));
    }

    /// <summary>Every record, newest first, read from one streamed <c>git log</c> of the ledger ref.</summary>
    /// <exception cref="LiftoffException">A ledger commit holds no record, or git failed.</exception>
    public async Task<IReadOnlyList<DeploymentRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var tip = await _store.ReadAsync(_refName, cancellationToken).ConfigureAwait(false);
        if (tip is null)
        {
            return [];
        }

        var records = new List<DeploymentRecord>();
        await foreach (var message in _store.ReadMessagesAsync(tip, cancellationToken).ConfigureAwait(false))
        {
            records.Add(RecordMessage.Parse<DeploymentRecord>(message, $"A commit of the ledger {_refName}"));
        }

        return records;
    }

    /// <summary>The records of one environment, newest first.</summary>
    public async Task<IReadOnlyList<DeploymentRecord>> HistoryAsync(string environment, CancellationToken cancellationToken = default) =>
        LedgerQueries.History(await ReadAllAsync(cancellationToken).ConfigureAwait(false), environment);

    /// <summary>The newest deployed or validated record of the environment whose version is not marked bad; null when none.</summary>
    public async Task<DeploymentRecord?> LatestSuccessfulAsync(string environment, CancellationToken cancellationToken = default) =>
        LedgerQueries.LatestSuccessful(await ReadAllAsync(cancellationToken).ConfigureAwait(false), environment);

    /// <summary>Whether the version failed somewhere or was rolled back from.</summary>
    public async Task<bool> IsMarkedBadAsync(string version, CancellationToken cancellationToken = default) =>
        LedgerQueries.IsMarkedBad(await ReadAllAsync(cancellationToken).ConfigureAwait(false), version);

    // Exponential with full jitter, capped: the losers spread out instead of colliding again in lockstep, and on a
    // busy machine they leave the CPU to the one append that is winning.
#pragma warning disable CA5394 // Jitter, not security: predictability does no harm here.
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(0, Math.Min(800, 25 << Math.Min(attempt, 6))));
#pragma warning restore CA5394

    private static string Describe(DeploymentOutcome outcome) => outcome switch
    {
        DeploymentOutcome.Deployed => "deployed",
        DeploymentOutcome.Validated => "validated",
        DeploymentOutcome.Failed => "failed",
        DeploymentOutcome.RolledBack => "rolled back to",
        _ => outcome.ToString(),
    };

    private static void Validate(DeploymentRecord record)
    {
        string[] missing =
        [
            .. new[] { ("id", record.Id), ("environment", record.Environment), ("version", record.Version), ("actor", record.Actor) }
                .Where(field => string.IsNullOrWhiteSpace(field.Item2))
                .Select(field => field.Item1),
        ];
        if (missing.Length > 0)
        {
            throw new LiftoffException(DiagnosticCodes.RecordInvalid, ExitCodes.BadInput, $"A ledger record needs a value for: {string.Join(", ", missing)}.");
        }
    }
}
