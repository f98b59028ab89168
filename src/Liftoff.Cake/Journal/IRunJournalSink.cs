using Cake.Core;

namespace Liftoff.Cake.Journal;

/// <summary>Something the journal drives: told about every event, and about the start and the end of the run.</summary>
public interface IRunJournalSink
{
    /// <summary>Sinks run in ascending order: records first (mirror, incident), then notices, then what people read last (the console summary).</summary>
    int Order { get; }

    /// <summary>Before the first task.</summary>
    Task RunStartingAsync(ICakeContext context);

    /// <summary>An event was recorded.</summary>
    Task EventAsync(ICakeContext context, RunEvent runEvent, RunJournalState state);

    /// <summary>The run ended; <paramref name="state"/> can build the run's report.</summary>
    Task RunEndedAsync(ICakeContext context, RunJournalState state);
}

/// <summary>A sink that does nothing unless it overrides something.</summary>
public abstract class RunJournalSink : IRunJournalSink
{
    /// <inheritdoc />
    public abstract int Order { get; }

    /// <inheritdoc />
    public virtual Task RunStartingAsync(ICakeContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task EventAsync(ICakeContext context, RunEvent runEvent, RunJournalState state) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task RunEndedAsync(ICakeContext context, RunJournalState state) => Task.CompletedTask;
}
