using Liftoff.Gates;

namespace Liftoff.Records.Ledger;

/// <summary>
/// A gate's verdict as the ledger keeps it with the deploy it let through: which gate, how it ended, what it measured
/// and why (for a waived gate, the reason given). Written as <c>{"gate":"Check-Tests","verdict":"pass",...}</c>.
/// </summary>
/// <param name="Gate">The gate's target name, for example <c>Check-Tests</c>.</param>
/// <param name="Verdict">Pass, Fail, Waived or Skipped.</param>
/// <param name="Measured">What it measured, for example <c>2/2 passed, 0 skipped</c>.</param>
/// <param name="Reason">Why this verdict.</param>
public sealed record GateRecord(string Gate, Verdict Verdict, string Measured, string Reason)
{
    /// <summary>The ledger's copy of a gate's result.</summary>
    public static GateRecord From(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new GateRecord(result.Gate, result.Verdict, result.Measured, result.Reason);
    }
}
