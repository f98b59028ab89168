namespace Liftoff.EndToEnd.Demo;

/// <summary>A waived check and its reason, as the ledger keeps it.</summary>
public sealed record LedgerWaiver(string Check, string Reason);
