using Liftoff.Artifacts;

namespace Liftoff.Validation;

/// <summary>The outcome of the wait for the expected version marker.</summary>
/// <param name="Verdict">Pass when the expected version and content sha256 were served in time.</param>
/// <param name="Served">The last marker read, if any.</param>
/// <param name="Attempts">How many times the marker was read.</param>
/// <param name="Elapsed">How long the wait took.</param>
/// <param name="Measured">What was served, for people.</param>
/// <param name="Reason">Why it failed; null when it passed.</param>
public sealed record ReadinessResult(
    ValidationVerdict Verdict, VersionMarker? Served, int Attempts, TimeSpan Elapsed, string Measured, string? Reason)
{
    /// <summary>True when the verdict is Pass.</summary>
    public bool Passed => Verdict == ValidationVerdict.Pass;

    /// <summary>The readiness as a check result, so it can be listed with the others.</summary>
    public CheckResult AsCheck() =>
        new(CheckKind.Readiness, "readiness", Verdict, Measured, Reason, Elapsed);
}
