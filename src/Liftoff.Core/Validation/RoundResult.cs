namespace Liftoff.Validation;

/// <summary>One round of the observation window: every declared check, run once.</summary>
/// <param name="Number">The round's number, from 1.</param>
/// <param name="StartedAt">When the round started.</param>
/// <param name="Checks">Every check's result, in declaration order.</param>
public sealed record RoundResult(int Number, DateTimeOffset StartedAt, IReadOnlyList<CheckResult> Checks)
{
    /// <summary>The worst check's verdict; Fail when the round had no checks at all (nothing was verified).</summary>
    public ValidationVerdict Verdict => ValidationVerdicts.Worst(Checks.Select(c => c.Verdict));

    /// <summary>The checks that failed or could not measure.</summary>
    public IEnumerable<CheckResult> Failures => Checks.Where(c => !c.Passed);

    /// <summary>True when a check of this round failed (a measured Fail, not an error).</summary>
    public bool HasFailure => Checks.Count == 0 || Checks.Any(c => c.Verdict == ValidationVerdict.Fail);
}
