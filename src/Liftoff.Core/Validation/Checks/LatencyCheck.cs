using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>N requests one after another; nearest-rank p50/p95/p99 against budgets. A failed request fails the check.</summary>
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
            string? firstFailure = null;
            var step = new HttpCheckOptions { Path = options.Path };
            for (var i = 0; i < options.Requests; i++)
            {
                var exchange = await HttpExchange.SendAsync(context, step, new Dictionary<string, string>(), token).ConfigureAwait(false);
                if (exchange.Status is { } status && (int)status == options.ExpectStatus)
                {
                    samples.Add(exchange.Elapsed.TotalMilliseconds);
                }
                else
                {
                    failed++;
                    firstFailure ??= exchange.Status is { } other ? $"status {(int)other}" : exchange.Error;
                }
            }

            return Judge(samples, failed, firstFailure, context.Time.GetElapsedTime(started));
        }, cancellationToken);

    private CheckResult Judge(List<double> samples, int failed, string? firstFailure, TimeSpan elapsed)
    {
        if (samples.Count == 0)
        {
            return CheckResult.Fail(Kind, Name, $"0 of {options.Requests} requests answered {options.ExpectStatus}",
                $"no latency measured ({firstFailure ?? "no requests"})", elapsed);
        }

        var budgets = new (string Label, int Budget)[] { ("p50", options.P50Milliseconds), ("p95", options.P95Milliseconds), ("p99", options.P99Milliseconds) };
        var values = new Dictionary<string, double> { ["requests"] = samples.Count + failed, ["failed"] = failed };
        var measured = new List<string>();
        var problems = new List<string>();
        foreach (var (label, budget) in budgets)
        {
            var value = Percentiles.NearestRank(samples, double.Parse(label[1..], System.Globalization.CultureInfo.InvariantCulture));
            values[label + "Ms"] = value;
            if (budget > 0)
            {
                measured.Add($"{label} {Measure.Ms(value)} (budget {Measure.Ms(budget)})");
                if (value > budget)
                {
                    problems.Add($"{label} {Measure.Ms(value)} over its budget of {Measure.Ms(budget)}");
                }
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
        var result = problems.Count == 0
            ? CheckResult.Pass(Kind, Name, text, elapsed)
            : CheckResult.Fail(Kind, Name, text, string.Join("; ", problems), elapsed);
        return result with { Values = values };
    }
}
