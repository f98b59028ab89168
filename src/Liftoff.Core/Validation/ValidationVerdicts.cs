namespace Liftoff.Validation;

/// <summary>How verdicts combine: the worst one wins, Fail over Inconclusive over Degraded over Pass.</summary>
public static class ValidationVerdicts
{
    /// <summary>How bad a verdict is, for combining: Pass 0, Degraded 1, Inconclusive 2, Fail 3.</summary>
    public static int Severity(this ValidationVerdict verdict) => verdict switch
    {
        ValidationVerdict.Pass => 0,
        ValidationVerdict.Degraded => 1,
        ValidationVerdict.Inconclusive => 2,
        _ => 3,
    };

    /// <summary>The worst of <paramref name="verdicts"/>; Fail when there are none, since nothing was verified.</summary>
    public static ValidationVerdict Worst(IEnumerable<ValidationVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ValidationVerdict? worst = null;
        foreach (var verdict in verdicts)
        {
            if (worst is null || verdict.Severity() > worst.Value.Severity())
            {
                worst = verdict;
            }
        }

        return worst ?? ValidationVerdict.Fail;
    }

    /// <summary>The lower-case word used in output and records: <c>pass</c>, <c>degraded</c>, <c>fail</c>, <c>inconclusive</c>.</summary>
    public static string Word(this ValidationVerdict verdict) => verdict.ToString().ToLowerInvariant();
}
