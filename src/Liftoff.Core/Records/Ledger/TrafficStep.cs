namespace Liftoff.Records.Ledger;

/// <summary>
/// One move of traffic, or one verdict about it, in a deploy to service slots: a switch, a canary step's weights, an
/// analysis round's verdict with its values, an abort or a promote. A deployment record lists them in order in
/// <see cref="DeploymentRecord.Traffic"/>.
/// </summary>
public sealed record TrafficStep
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>What happened; one of the <see cref="TrafficActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>Each slot's version and share of the traffic afterwards (empty for a verdict that moved nothing).</summary>
    public IReadOnlyList<SlotWeight> Weights { get; init; } = [];

    /// <summary><c>pass</c> or <c>fail</c> for an analysis; null for a move.</summary>
    public string? Verdict { get; init; }

    /// <summary>Why: the failed checks of an analysis, or the reason of an abort.</summary>
    public string? Reason { get; init; }

    /// <summary>What was measured, by name: <c>canary.error rate.percent</c>, <c>stable.latency /.p95Ms</c>, …</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();

    /// <summary>For a move: how long writing the upstream file, <c>nginx -t</c> and the reload took, in milliseconds.</summary>
    public double? SwitchMs { get; init; }
}

/// <summary>A slot's version and share of the traffic.</summary>
/// <param name="Slot"><c>blue</c> or <c>green</c>.</param>
/// <param name="Version">The version it runs, or null when empty.</param>
/// <param name="Percent">Its share of the traffic, 0 to 100.</param>
public sealed record SlotWeight(string Slot, string? Version, int Percent);

/// <summary>The values of <see cref="TrafficStep.Action"/>.</summary>
public static class TrafficActions
{
    /// <summary>All traffic moved to one slot (a blue-green switch, or a first deploy).</summary>
    public const string Switch = "switch";

    /// <summary>A canary step: the canary's weight was set.</summary>
    public const string Weights = "weights";

    /// <summary>An analysis round at a canary step, with its verdict and values.</summary>
    public const string Analysis = "analysis";

    /// <summary>The canary went back to 0% and its slot was stopped.</summary>
    public const string Abort = "abort";

    /// <summary>The canary went to 100% before its last step.</summary>
    public const string Promote = "promote";

    /// <summary>All traffic moved back to a slot that still held the earlier version.</summary>
    public const string Rollback = "rollback";
}
