namespace Liftoff.Cake.Journal;

/// <summary>
/// Something a task reports into the <see cref="IRunJournal"/>: a deploy started or switched, a validation verdict, a
/// rollback. The journal stamps <see cref="At"/> with its clock when it records the event.
/// </summary>
public abstract record RunEvent
{
    /// <summary>When it happened; set by the journal.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The environment it concerns, or null for a run-wide event such as a release.</summary>
    public virtual string? EnvironmentName => null;
}
