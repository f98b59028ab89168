using Cake.Core;

namespace Liftoff.Cake.Journal;

/// <summary>
/// Where tasks report what happened in a run: deploys, validation verdicts, rollbacks, the release. The journal keeps
/// the events and hands each to its sinks: the GitHub deployment mirror, notifications, the incident report, the
/// GitHub Actions files and the console. Recording never throws for a sink's failure (that is a warning), so one line
/// in a task is all a hook costs. Nothing is recorded in a dry run.
/// </summary>
public interface IRunJournal
{
    /// <summary>Records <paramref name="runEvent"/>, stamped with the journal's clock, and tells the sinks.</summary>
    Task RecordAsync(ICakeContext context, RunEvent runEvent);

    /// <summary>Every event recorded so far, in order.</summary>
    IReadOnlyList<RunEvent> Events { get; }
}
