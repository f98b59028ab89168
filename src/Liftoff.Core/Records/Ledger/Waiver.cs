namespace Liftoff.Records.Ledger;

/// <summary>A check that was waived for a deployment, and why (for example the review check on a hotfix).</summary>
/// <param name="Check">The waived check, for example <c>Check-Review</c> or <c>promotion</c>.</param>
/// <param name="Reason">The reason given with <c>--reason</c>.</param>
public sealed record Waiver(string Check, string Reason);
