namespace Liftoff.Bench.Runner;

/// <summary>One line of the results table: a figure, both sides, the goal and whether it was met.</summary>
internal sealed record RowResult
{
    /// <summary>For example <c>B1.2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The row, for example <c>B1 history reading</c>.</summary>
    public required string Row { get; init; }

    /// <summary>What is measured, in a few words.</summary>
    public required string Figure { get; init; }

    public required Stat Liftoff { get; init; }

    /// <summary>The tool or reference Liftoff is compared with; null for a figure with an absolute goal only.</summary>
    public Stat? Baseline { get; init; }

    /// <summary>
    /// The baseline did not finish and was stopped: its one figure is the time it was stopped at, a lower bound, so the
    /// ratio is an upper bound (Liftoff is at least that much faster).
    /// </summary>
    public bool BaselineStopped { get; init; }

    /// <summary>Liftoff's median over the baseline's median, when there is a baseline.</summary>
    public double? Ratio => Baseline is { } baseline && baseline.Median > 0 ? Liftoff.Median / baseline.Median : null;

    /// <summary>The goal as the issue states it; "context" for a figure without one.</summary>
    public required string Goal { get; init; }

    /// <summary>Whether the goal was met; null for a figure without a goal.</summary>
    public bool? Met { get; init; }

    public int Runs => Liftoff.Samples.Count;

    /// <summary>The command (or in-process call) behind Liftoff's side.</summary>
    public required string LiftoffCommand { get; init; }

    /// <summary>The command behind the baseline's side.</summary>
    public string? BaselineCommand { get; init; }

    /// <summary>Why a goal was missed and what would close it, or anything else a reader needs.</summary>
    public string? Note { get; init; }
}
