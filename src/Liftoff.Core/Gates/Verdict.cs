namespace Liftoff.Gates;

/// <summary>A gate's answer. Fail-safe: an error, a timeout, missing data or zero tests is a Fail, never a Pass.</summary>
public enum Verdict
{
    /// <summary>The gate checked and found nothing wrong.</summary>
    Pass,

    /// <summary>The gate found a problem, or could not check.</summary>
    Fail,

    /// <summary>The gate was waived on purpose, with a recorded reason (for example the review gate on a hotfix).</summary>
    Waived,

    /// <summary>The gate is switched off in configuration, or does not apply (no JavaScript, no source maps to check).</summary>
    Skipped,
}
