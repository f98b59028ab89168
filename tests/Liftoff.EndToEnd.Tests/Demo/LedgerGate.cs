namespace Liftoff.EndToEnd.Demo;

/// <summary>A gate's verdict kept with a deploy.</summary>
public sealed record LedgerGate(string Gate, string Verdict, string Measured);
