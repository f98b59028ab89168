namespace Liftoff.Records.Ledger;

/// <summary>What an append did.</summary>
/// <param name="Commit">The ledger commit holding the record.</param>
/// <param name="Attempts">How many compare-and-swap attempts it took; more than one means other appends won races first.</param>
public sealed record LedgerAppendResult(string Commit, int Attempts);
