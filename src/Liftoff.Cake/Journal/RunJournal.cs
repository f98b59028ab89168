using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Diagnostics;
using Liftoff.Gates;

namespace Liftoff.Cake.Journal;

/// <summary>
/// The run's journal: records events with its clock and hands them to every <see cref="IRunJournalSink"/> in order;
/// as the host's <see cref="IRunObserver"/> it tells them when the run starts and ends. A sink that fails is reported
/// as a warning (<c>LIFTOFF1590</c>) and the others still run: a notice never fails a good deploy.
/// </summary>
public sealed class RunJournal : IRunJournal, IRunObserver
{
    private readonly IReadOnlyList<IRunJournalSink> _sinks;
    private readonly ParsedCommandLine _commandLine;
    private readonly RunJournalState _state;

    /// <summary>Creates the journal of one run.</summary>
    public RunJournal(IEnumerable<IRunJournalSink> sinks, ParsedCommandLine commandLine, GateReport gates, ReleaseRun release, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = [.. sinks.OrderBy(sink => sink.Order)];
        _commandLine = commandLine;
        _state = new RunJournalState(gates, release, time);
    }

    /// <inheritdoc />
    public IReadOnlyList<RunEvent> Events => _state.Events;

    /// <summary>What the sinks share.</summary>
    public RunJournalState State => _state;

    /// <inheritdoc />
    public async Task RecordAsync(ICakeContext context, RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runEvent);
        if (_commandLine.DryRun)
        {
            return;
        }

        var stamped = runEvent with { At = _state.Time.GetUtcNow() };
        _state.Add(stamped);
        foreach (var sink in _sinks)
        {
            await GuardAsync(context, sink, () => sink.EventAsync(context, stamped, _state)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task RunStartingAsync(ICakeContext context)
    {
        foreach (var sink in _sinks)
        {
            await GuardAsync(context, sink, () => sink.RunStartingAsync(context)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task RunFinishedAsync(ICakeContext context, RunOutcome outcome)
    {
        _state.Outcome = outcome;
        foreach (var sink in _sinks)
        {
            await GuardAsync(context, sink, () => sink.RunEndedAsync(context, _state)).ConfigureAwait(false);
        }
    }

    private async Task GuardAsync(ICakeContext context, IRunJournalSink sink, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var message = error is LiftoffException ? error.Message : $"{DiagnosticCodes.NoticeSinkFailed}: {sink.GetType().Name}: {error.Message}";
            _state.Warnings.Add(message);
            context.Log.Warning("{0}", message);
        }
    }
}
