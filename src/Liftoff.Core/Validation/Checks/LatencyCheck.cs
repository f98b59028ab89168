using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>
/// N requests one after another; nearest-rank p50/p95/p99 against budgets (a Fail) and warn budgets (Degraded). A
/// request answered with another status fails the check; when no request got any answer, nothing was measured.
/// </summary>
internal sealed class LatencyCheck(CheckContext context, LatencyCheckOptions options) : IValidationCheck
{
    public CheckKind Kind => CheckKind.Latency;

    public string Name { get; } = options.Name ?? "latency " + options.Path;

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) =>
        context.GuardAsync(Kind, Name, async token =>
        {
            var started = context.Time.GetTimestamp();
            var samples = new List<double>(options.Requests);
            var failed = 0;
            var unanswered = 0;
            string? firstFailure = null;
            var step = new HttpCheckOptions { Path = options.Path };
            for (var i = 0; i < options.Requests; i++)
            {
                var exchange = await HttpExchange.SendAsync(context, step, new Dictionary<string, string>(), token).ConfigureAwait(false);
                if (exchange.Status is { } status && (int)status == options.ExpectStatus)
                {
                    samples.Add(exchange.Elapsed.TotalMilliseconds);
                    continue;
                }

                failed++;
                unanswered += exchange.Status is null ? 1 : 0;
                firstFailure ??= exchange.Status is { } other ? $"status {(int)other}" : exchange.Error;
            }

            var elapsed = context.Time.GetElapsedTime(started);
            return unanswered == options.Requests
                ? CheckResult.Inconclusive(Kind, Name, $"0 of {options.Requests} requests answered", $"no latency measured ({firstFailure})", elapsed)
                : Judge(samples, failed, firstFailure, elapsed);
        }, cancellationToken);

    private CheckResult Judge(List<double> samples, int failed, string? firstFailure, TimeSpan elapsed)
    {
        if (samples.Count == 0)
        {
            return CheckResult.Fail(Kind, Name, $"0 of {options.Requests} requests answered {options.ExpectStatus}",
                $"no latency measured ({firstFailure ?? "no requests"})", elapsed);
        }

        var budgets = new (string Label, int Budget, int Warn)[]
        {
            ("p50", options.P50Milliseconds, options.P50WarnMilliseconds),
            ("p95", options.P95Milliseconds, options.P95WarnMilliseconds),
            ("p99", options.P99Milliseconds, options.P99WarnMilliseconds),
        };
        var values = new Dictionary<string, double> { ["requests"] = samples.Count + failed, ["failed"] = failed };
        var measured = new List<string>();
        var problems = new List<string>();
        var warnings = new List<string>();
        foreach (var (label, budget, warn) in budgets)
        {
            var value = Percentiles.NearestRank(samples, double.Parse(label[1..], CultureInfo.InvariantCulture));
            values[label + "Ms"] = value;
            if (budget > 0 || warn > 0)
            {
                measured.Add($"{label} {Measure.Ms(value)} ({Limits(budget, warn)})");
            }

            if (budget > 0 && value > budget)
            {
                problems.Add($"{label} {Measure.Ms(value)} over its budget of {Measure.Ms(budget)}");
            }
            else if (warn > 0 && value > warn)
            {
                warnings.Add($"{label} {Measure.Ms(value)} over its degraded time of {Measure.Ms(warn)}");
            }
        }

        if (measured.Count == 0)
        {
            measured.Add($"p95 {Measure.Ms(values["p95Ms"])}");
        }

        if (failed > 0)
        {
            problems.Add($"{failed} of {samples.Count + failed} requests failed ({firstFailure})");
        }

        var text = string.Join(", ", measured) + $" over {samples.Count + failed} requests";
        return CheckResult.Judge(Kind, Name, text, problems, warnings, elapsed) with { Values = values };
    }

    private static string Limits(int budget, int warn) =>
        (budget, warn) switch
        {
            ( > 0, > 0) => $"degraded {Measure.Ms(warn)}, budget {Measure.Ms(budget)}",
            ( > 0, _) => $"budget {Measure.Ms(budget)}",
            _ => $"degraded {Measure.Ms(warn)}",
        };
}
