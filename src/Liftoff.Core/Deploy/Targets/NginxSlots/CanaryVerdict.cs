namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>One analysis round's verdict on a canary.</summary>
/// <param name="Passed">True when the canary passed its own checks and did no worse than the stable version.</param>
/// <param name="Summary">One line for the log: what was compared.</param>
/// <param name="Reason">Why it failed; null when it passed.</param>
/// <param name="Values">What was measured, <c>canary.&lt;check&gt;.&lt;value&gt;</c> and <c>stable.&lt;check&gt;.&lt;value&gt;</c>.</param>
public sealed record CanaryVerdict(bool Passed, string Summary, string? Reason, IReadOnlyDictionary<string, double> Values);
