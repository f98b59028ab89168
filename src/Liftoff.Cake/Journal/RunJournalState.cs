using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Gates;
using Liftoff.Runs;

namespace Liftoff.Cake.Journal;

/// <summary>
/// What the journal knows about the run so far, shared with its sinks: the events, the gates' verdicts, the release,
/// the outcome once the run ended, and what sinks added (incident reports written, notices not delivered).
/// </summary>
public sealed class RunJournalState(GateReport gates, ReleaseRun release, TimeProvider time)
{
    private readonly List<RunEvent> _events = [];

    /// <summary>Every event, in order.</summary>
    public IReadOnlyList<RunEvent> Events => _events;

    /// <summary>The gates' verdicts.</summary>
    public GateReport Gates => gates;

    /// <summary>The release tasks' shared state.</summary>
    public ReleaseRun Release => release;

    /// <summary>How the run ended; null until it has.</summary>
    public RunOutcome? Outcome { get; internal set; }

    /// <summary>The incident reports written in this run (paths relative to the working directory).</summary>
    public IList<string> IncidentReports { get; } = [];

    /// <summary>Problems sinks reported as warnings (a notice not delivered, a GitHub call that failed).</summary>
    public IList<string> Warnings { get; } = [];

    /// <summary>The clock.</summary>
    public TimeProvider Time => time;

    /// <summary>Whether there is anything worth a closing summary: a gate, a release or an event.</summary>
    public bool HasAnything => _events.Count > 0 || gates.Results.Count > 0;

    /// <summary>The run's report as far as it is known.</summary>
    public RunReport Report() => RunReportBuilder.Build(this);

    internal void Add(RunEvent runEvent) => _events.Add(runEvent);
}
