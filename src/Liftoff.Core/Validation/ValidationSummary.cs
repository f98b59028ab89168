using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Validation;

/// <summary>
/// The one-line summary: "10/10 smoke checks · error rate 0.01% · p95 180 ms · observed 3×10 s", led by the reason
/// when the verdict is Fail or Inconclusive, and followed by it when the verdict is Degraded.
/// </summary>
internal static class ValidationSummary
{
    public static string Describe(
        ReadinessResult readiness, IReadOnlyList<RoundResult> rounds, ValidationVerdict verdict, string? reason, ValidationOptions options)
    {
        if (!readiness.Passed)
        {
            return readiness.Reason ?? "deployed but not served";
        }

        if (rounds.Count == 0)
        {
            return $"{readiness.Measured} · readiness only (no checks declared)";
        }

        var parts = new List<string>();
        var all = rounds.SelectMany(r => r.Checks).ToList();
        var smokeIndexes = Enumerable.Range(0, rounds[0].Checks.Count)
            .Where(i => rounds[0].Checks[i].Kind is CheckKind.Http or CheckKind.CriticalPath or CheckKind.Command).ToList();
        if (smokeIndexes.Count > 0)
        {
            var passing = smokeIndexes.Count(i => rounds.All(r => r.Checks[i].Passed));
            parts.Add($"{passing}/{smokeIndexes.Count} smoke checks");
        }

        var rates = all.Where(c => c.Kind == CheckKind.ErrorRate).ToList();
        if (rates.Count > 0)
        {
            var errors = rates.Sum(c => c.Values.GetValueOrDefault("errors"));
            var total = rates.Sum(c => c.Values.GetValueOrDefault("total"));
            parts.Add(total > 0 && rates.All(c => c.Values.ContainsKey("total"))
                ? $"error rate {Measure.Percent(errors / total * 100)}"
                : "error rate unknown");
        }

        var p95 = all.Where(c => c.Values.ContainsKey("p95Ms")).Select(c => c.Values["p95Ms"]).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsNaN(p95))
        {
            parts.Add($"p95 {Measure.Ms(p95)}");
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"observed {rounds.Count}×{Measure.Seconds(options.IntervalSeconds)}"));
        if (verdict is ValidationVerdict.Fail or ValidationVerdict.Inconclusive && FirstFailure(rounds) is var (round, first))
        {
            var word = first.Verdict == ValidationVerdict.Inconclusive ? "inconclusive" : "failed";
            parts.Insert(0, $"{word} in round {round}/{options.Rounds}: {first.Name}: {first.Reason} ({first.Measured})");
        }
        else if (verdict == ValidationVerdict.Degraded && reason is not null)
        {
            parts.Add("degraded: " + reason);
        }

        return string.Join(" · ", parts);
    }

    // A measured failure explains a Fail best; an unmeasured check only when nothing failed outright.
    private static (int Round, CheckResult Check) FirstFailure(IReadOnlyList<RoundResult> rounds) =>
        rounds.SelectMany(r => r.Checks.Where(c => c.Verdict == ValidationVerdict.Fail).Select(c => (r.Number, c)))
            .Concat(rounds.SelectMany(r => r.Failures.Select(c => (r.Number, c))))
            .First();
}
