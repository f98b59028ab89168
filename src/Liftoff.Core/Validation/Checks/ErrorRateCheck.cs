using Liftoff.Configuration;
using Liftoff.Validation.Prometheus;

namespace Liftoff.Validation.Checks;

/// <summary>
/// Δerrors/Δtotal between two reads of a Prometheus text endpoint: the first read is the baseline taken when the
/// window opens, and each round compares with the read before it. No data is a Fail: a missing endpoint (404), an
/// empty or unparsable exposition, a missing metric, a counter that went backwards (a restart) or too few requests.
/// An endpoint that cannot be reached at all measured nothing: Inconclusive. Over the warn percent is Degraded.
/// </summary>
internal sealed class ErrorRateCheck(CheckContext context, ErrorRateCheckOptions options) : IValidationCheck
{
    private (double Errors, double Total)? _previous;
    private bool _baselineUnreachable;
    private string? _baselineProblem;

    public CheckKind Kind => CheckKind.ErrorRate;

    public string Name { get; } = string.IsNullOrEmpty(options.Name) ? "error rate" : options.Name;

    /// <summary>Reads the counters when the window opens.</summary>
    public async Task BaselineAsync(CancellationToken cancellationToken)
    {
        var result = await context.GuardAsync(Kind, Name, async token =>
        {
            var (read, problem, unreachable) = await ReadAsync(token).ConfigureAwait(false);
            _previous = read;
            _baselineProblem = problem;
            _baselineUnreachable = unreachable;
            return CheckResult.Pass(Kind, Name, "baseline", TimeSpan.Zero);
        }, cancellationToken).ConfigureAwait(false);
        if (!result.Passed)
        {
            _baselineProblem = result.Reason;
            _baselineUnreachable = true;
        }
    }

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) =>
        context.GuardAsync(Kind, Name, async token =>
        {
            var started = context.Time.GetTimestamp();
            var (read, problem, unreachable) = await ReadAsync(token).ConfigureAwait(false);
            var before = _previous;
            _previous = read ?? _previous;
            var elapsed = context.Time.GetElapsedTime(started);
            if (read is not { } now)
            {
                return unreachable
                    ? CheckResult.Inconclusive(Kind, Name, "no answer", problem!, elapsed)
                    : CheckResult.Fail(Kind, Name, "no data", problem!, elapsed);
            }

            if (before is not { } then)
            {
                _baselineProblem ??= "no baseline";
                var reason = "the window's first read failed: " + _baselineProblem;
                return _baselineUnreachable
                    ? CheckResult.Inconclusive(Kind, Name, "no baseline", reason, elapsed)
                    : CheckResult.Fail(Kind, Name, "no baseline", reason, elapsed);
            }

            return Judge(now.Errors - then.Errors, now.Total - then.Total, elapsed);
        }, cancellationToken);

    private CheckResult Judge(double errors, double total, TimeSpan elapsed)
    {
        var values = new Dictionary<string, double> { ["errors"] = errors, ["total"] = total };
        if (errors < 0 || total < 0)
        {
            return CheckResult.Fail(Kind, Name, $"Δerrors {Measure.Number(errors)}, Δtotal {Measure.Number(total)}",
                "a counter went backwards (a restart?); the rate cannot be trusted", elapsed) with { Values = values };
        }

        if (total < options.MinimumRequests)
        {
            return CheckResult.Fail(Kind, Name, $"{Measure.Number(errors)}/{Measure.Number(total)} requests",
                $"too few requests for a verdict (minimum {options.MinimumRequests})", elapsed) with { Values = values };
        }

        var rate = errors / total * 100;
        values["percent"] = rate;
        var warn = options.WarnPercent > 0 ? $", degraded over {Measure.Percent(options.WarnPercent)}" : "";
        var measured = $"error rate {Measure.Percent(rate)} ({Measure.Number(errors)}/{Measure.Number(total)}, threshold {Measure.Percent(options.ThresholdPercent)}{warn})";
        string[] problems = rate > options.ThresholdPercent ? [$"error rate over {Measure.Percent(options.ThresholdPercent)}"] : [];
        string[] warnings = options.WarnPercent > 0 && rate > options.WarnPercent ? [$"error rate over {Measure.Percent(options.WarnPercent)}"] : [];
        return CheckResult.Judge(Kind, Name, measured, problems, warnings, elapsed) with { Values = values };
    }

    private async Task<((double Errors, double Total)? Read, string? Problem, bool Unreachable)> ReadAsync(CancellationToken cancellationToken)
    {
        var errorSelector = MetricSelector.Parse(options.Errors);
        var totalSelector = MetricSelector.Parse(options.Total);
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Resolve(options.Path));
        var exchange = await HttpExchange.SendAsync(context, request, cancellationToken).ConfigureAwait(false);
        if (exchange.Status is not { } status)
        {
            return (null, $"metrics endpoint unreachable: {exchange.Error}", true);
        }

        if ((int)status != 200)
        {
            return (null, $"metrics endpoint {options.Path} answered {(int)status}", false);
        }

        if (string.IsNullOrWhiteSpace(exchange.Body))
        {
            return (null, $"metrics endpoint {options.Path} returned an empty body", false);
        }

        PrometheusDocument document;
        try
        {
            document = PrometheusTextParser.Parse(exchange.Body);
        }
        catch (PrometheusFormatException error)
        {
            return (null, "metrics cannot be parsed: " + error.Message, false);
        }

        var total = totalSelector.Sum(document);
        if (total is null)
        {
            return (null, $"metric {totalSelector} is missing", false);
        }

        // No series for the error selector is zero errors only when the total exists: a 5xx series appears on the first 5xx.
        var errors = errorSelector.Name == totalSelector.Name || errorSelector.Name + "_total" == totalSelector.Name
            || errorSelector.Name == totalSelector.Name + "_total"
            ? errorSelector.Sum(document) ?? 0
            : errorSelector.Sum(document);
        return errors is null ? (null, $"metric {errorSelector} is missing", false) : ((errors.Value, total.Value), null, false);
    }
}
