using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Validation;

/// <summary>
/// The observation window's verdict, the way Argo Rollouts judges an analysis: more failing rounds than
/// <see cref="ValidationOptions.FailureLimit"/> is a Fail; one check unable to measure more times in a row than
/// <see cref="ValidationOptions.ConsecutiveErrorLimit"/> is Inconclusive. Fail-safe beyond Argo: a check that never
/// measured in the whole window is a Fail (no data), and failures or errors tolerated by the limits make the verdict
/// Degraded, not Pass, so they are recorded and shown.
/// </summary>
internal static class WindowJudge
{
    /// <summary>The verdict so far, why, and whether more rounds could still change it.</summary>
    public sealed record Judgement(ValidationVerdict Verdict, string? Reason, bool Decided);

    public static Judgement Judge(IReadOnlyList<RoundResult> rounds, ValidationOptions options, bool windowComplete)
    {
        var failing = rounds.Where(r => r.HasFailure).ToList();
        if (failing.Count > options.FailureLimit)
        {
            var first = failing[0].Failures.FirstOrDefault(c => c.Verdict == ValidationVerdict.Fail);
            var what = first is null ? "no checks ran" : $"{first.Name}: {first.Reason} ({first.Measured})";
            return new(ValidationVerdict.Fail, Invariant(
                $"{failing.Count} failing round(s), over the failure limit of {options.FailureLimit}; first in round {failing[0].Number}: {what}"), true);
        }

        if (Streaks(rounds).FirstOrDefault(s => s.Run > options.ConsecutiveErrorLimit) is { Check: not null } streak)
        {
            return new(ValidationVerdict.Inconclusive, Invariant(
                $"{streak.Check.Name} could not measure {streak.Run} time(s) in a row, over the consecutive error limit of {options.ConsecutiveErrorLimit}: {streak.Check.Reason}"), true);
        }

        if (!windowComplete)
        {
            return new(ValidationVerdict.Pass, null, false);
        }

        var neverMeasured = rounds.Count == 0 ? null : Enumerable.Range(0, rounds[0].Checks.Count)
            .Where(i => rounds.All(r => r.Checks[i].Verdict == ValidationVerdict.Inconclusive))
            .Select(i => rounds[^1].Checks[i])
            .FirstOrDefault();
        if (neverMeasured is not null)
        {
            return new(ValidationVerdict.Fail, Invariant(
                $"no data: {neverMeasured.Name} could not measure in any of {rounds.Count} round(s): {neverMeasured.Reason}"), true);
        }

        var notes = new List<string>();
        if (failing.Count > 0)
        {
            notes.Add(Invariant($"{failing.Count} failing round(s) within the failure limit of {options.FailureLimit}"));
        }

        var errors = rounds.Sum(r => r.Checks.Count(c => c.Verdict == ValidationVerdict.Inconclusive));
        if (errors > 0)
        {
            notes.Add(Invariant($"{errors} measurement error(s) within the consecutive error limit of {options.ConsecutiveErrorLimit}"));
        }

        notes.AddRange(rounds.SelectMany(r => r.Checks.Where(c => c.Verdict == ValidationVerdict.Degraded).Select(c => $"{c.Name}: {c.Reason}"))
            .Distinct(StringComparer.Ordinal));
        return notes.Count == 0
            ? new(ValidationVerdict.Pass, null, true)
            : new(ValidationVerdict.Degraded, string.Join("; ", notes), true);
    }

    /// <summary>For each check, its current run of Inconclusive results at the end of the rounds so far, longest first.</summary>
    private static IEnumerable<(CheckResult? Check, int Run)> Streaks(IReadOnlyList<RoundResult> rounds)
    {
        if (rounds.Count == 0)
        {
            return [];
        }

        return Enumerable.Range(0, rounds[^1].Checks.Count)
            .Select(i =>
            {
                var run = 0;
                for (var r = rounds.Count - 1; r >= 0 && rounds[r].Checks[i].Verdict == ValidationVerdict.Inconclusive; r--)
                {
                    run++;
                }

                return (Check: run > 0 ? rounds[^1].Checks[i] : null, Run: run);
            })
            .OrderByDescending(s => s.Run);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
