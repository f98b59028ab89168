namespace Liftoff.Gates;

/// <summary>
/// One gate's verdict with what it measured and why, for the table people read and the structured record the
/// ledger and reports keep.
/// </summary>
/// <param name="Gate">The gate's target name, for example <c>Check-Tests</c>.</param>
/// <param name="Verdict">Pass, Fail, Waived or Skipped.</param>
/// <param name="Measured">What was measured, short, for the table: <c>335/335 passed</c>.</param>
/// <param name="Reason">Why this verdict, in a sentence; for a Fail, what to do about it.</param>
public sealed record GateResult(string Gate, Verdict Verdict, string Measured, string Reason)
{
    /// <summary>Named measured values for the ledger and reports, for example <c>passed=335</c>.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>A passing result.</summary>
    public static GateResult Pass(string gate, string measured, string reason) => new(gate, Verdict.Pass, measured, reason);

    /// <summary>A failing result.</summary>
    public static GateResult Fail(string gate, string measured, string reason) => new(gate, Verdict.Fail, measured, reason);

    /// <summary>A gate switched off or not applicable.</summary>
    public static GateResult Skipped(string gate, string reason) => new(gate, Verdict.Skipped, "-", reason);

    /// <summary>A gate waived on purpose; the reason is recorded.</summary>
    public static GateResult Waived(string gate, string reason) => new(gate, Verdict.Waived, "-", reason);
}
