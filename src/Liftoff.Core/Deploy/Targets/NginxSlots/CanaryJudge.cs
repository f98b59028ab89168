using System.Globalization;
using Liftoff.Validation;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Judges one analysis round, the way Flagger and Argo Rollouts compare a canary with its baseline: the canary must
/// pass the declared checks on its own (absolute thresholds), and its error rate and p95 latency, measured on its own
/// port, must not be worse than the stable version's measured at the same time on the stable port (relative
/// thresholds). A stable version that fails its own checks does not excuse the canary: the round still fails.
/// </summary>
public static class CanaryJudge
{
    /// <summary>The verdict of one round.</summary>
    public static CanaryVerdict Judge(ValidationReport canary, ValidationReport? stable, NginxSlotsOptions options)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(options);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var canaryChecks = LastRound(canary);
        var stableChecks = stable is null ? [] : LastRound(stable);
        Flatten("canary", canaryChecks, values);
        Flatten("stable", stableChecks, values);

        var problems = canary.Failures.Select(failure => "canary " + failure.Check).ToList();
        var compared = new List<string>();
        foreach (var check in canaryChecks)
        {
            var baseline = stableChecks.FirstOrDefault(other => other.Kind == check.Kind && other.Name == check.Name);
            if (Compare(check, baseline, options) is { } comparison)
            {
                compared.Add(comparison.Text);
                if (!comparison.Passed)
                {
                    problems.Add(comparison.Text);
                }
            }
        }

        var summary = compared.Count > 0 ? string.Join(" · ", compared) : canary.Summary;
        return new CanaryVerdict(problems.Count == 0, summary, problems.Count == 0 ? null : string.Join("; ", problems), values);
    }

    private static (bool Passed, string Text)? Compare(CheckResult check, CheckResult? baseline, NginxSlotsOptions options)
    {
        if (baseline is null)
        {
            return null;
        }

        if (check.Kind == CheckKind.ErrorRate && check.Values.TryGetValue("percent", out var rate) && baseline.Values.TryGetValue("percent", out var stableRate))
        {
            var passed = rate <= stableRate + options.MaxErrorRateIncrease;
            return (passed, string.Create(CultureInfo.InvariantCulture,
                $"{check.Name}: canary {Measure.Percent(rate)}, stable {Measure.Percent(stableRate)} (allowed +{options.MaxErrorRateIncrease:0.##} points)"));
        }

        if (check.Kind == CheckKind.Latency && check.Values.TryGetValue("p95Ms", out var p95) && baseline.Values.TryGetValue("p95Ms", out var stableP95))
        {
            var allowed = stableP95 * (1 + options.MaxLatencyIncreasePercent / 100) + options.LatencySlack.TotalMilliseconds;
            return (p95 <= allowed, string.Create(CultureInfo.InvariantCulture,
                $"{check.Name}: canary p95 {Measure.Ms(p95)}, stable {Measure.Ms(stableP95)} (allowed {Measure.Ms(allowed)})"));
        }

        return null;
    }

    private static IReadOnlyList<CheckResult> LastRound(ValidationReport report) =>
        report.Rounds.Count > 0 ? report.Rounds[^1].Checks : [];

    private static void Flatten(string prefix, IEnumerable<CheckResult> checks, Dictionary<string, double> values)
    {
        foreach (var check in checks)
        {
            values[$"{prefix}.{check.Name}.passed"] = check.Passed ? 1 : 0;
            foreach (var (key, value) in check.Values)
            {
                values[$"{prefix}.{check.Name}.{key}"] = value;
            }
        }
    }
}
