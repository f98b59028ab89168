namespace Liftoff.Validation;

/// <summary>One round of the observation window: every declared check, run once.</summary>
/// <param name="Number">The round's number, from 1.</param>
/// <param name="StartedAt">When the round started.</param>
/// <param name="Checks">Every check's result, in declaration order.</param>
public sealed record RoundResult(int Number, DateTimeOffset StartedAt, IReadOnlyList<CheckResult> Checks)
{
    /// <summary>Fail when any check failed, or when the round had no checks at all (nothing was verified).</summary>
    public ValidationVerdict Verdict =>
        Checks.Count > 0 && Checks.All(c => c.Passed) ? ValidationVerdict.Pass : ValidationVerdict.Fail;

    /// <summary>The checks that failed.</summary>
    public IEnumerable<CheckResult> Failures => Checks.Where(c => !c.Passed);
}
