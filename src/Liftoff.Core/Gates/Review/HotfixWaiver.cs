using Liftoff.Diagnostics;

namespace Liftoff.Gates.Review;

/// <summary>
/// The hotfix policy: <c>--hotfix</c> waives <c>Check-Review</c>, and only it, and must say why with
/// <c>--reason="..."</c>. The reason is recorded in the verdict. Tests and security are never waived: the other
/// gates do not look at <c>--hotfix</c> at all.
/// </summary>
public static class HotfixWaiver
{
    /// <summary>Checks the arguments before anything runs.</summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1252</c> (bad input) for <c>--hotfix</c> without a reason.</exception>
    public static void Validate(bool hotfix, string? reason)
    {
        if (hotfix && string.IsNullOrWhiteSpace(reason))
        {
            throw new LiftoffException(DiagnosticCodes.HotfixReasonMissing, ExitCodes.BadInput,
                "--hotfix needs --reason=\"...\": a waived review must record why (the argument --reason is missing).");
        }
    }

    /// <summary>The Waived verdict for <paramref name="gate"/>, or null when this is not a hotfix.</summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1252</c> for <c>--hotfix</c> without a reason.</exception>
    public static GateResult? Waive(string gate, bool hotfix, string? reason)
    {
        Validate(hotfix, reason);
        if (!hotfix)
        {
            return null;
        }

        var why = reason!.Trim();
        return GateResult.Waived(gate, "hotfix: " + why) with
        {
            Measured = "hotfix",
            Values = new Dictionary<string, string> { ["hotfix"] = "true", ["reason"] = why },
        };
    }
}
