namespace Liftoff.EndToEnd.Demo;

/// <summary>One move of a service's traffic, or an analysis verdict, kept with a deploy to nginx slots.</summary>
public sealed record LedgerTrafficStep(
    string Action,
    IReadOnlyList<LedgerSlotWeight>? Weights,
    string? Verdict,
    string? Reason,
    IReadOnlyDictionary<string, double>? Values);

/// <summary>A slot's version and share of the traffic after a move.</summary>
public sealed record LedgerSlotWeight(string Slot, string? Version, int Percent);
