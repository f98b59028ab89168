namespace Liftoff.Deploy;

/// <summary>The outcome of a switch (a deploy or a rollback).</summary>
/// <param name="From">The release served before, or null for a first deploy.</param>
/// <param name="To">The release served now.</param>
/// <param name="Elapsed">How long the switch itself took: the moment traffic moves, not the preparation.</param>
/// <param name="Pruned">Old releases removed afterwards.</param>
public sealed record SwitchResult(string? From, string To, TimeSpan Elapsed, IReadOnlyList<string> Pruned)
{
    /// <summary>The weight changes and analysis verdicts of a slots target, in order; empty for other targets.</summary>
    public IReadOnlyList<Records.Ledger.TrafficStep> Traffic { get; init; } = [];
}
