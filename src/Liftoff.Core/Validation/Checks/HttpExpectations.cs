using System.Text.RegularExpressions;
using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>
/// Holds a response to a step's expectations, collecting every problem rather than the first, and reads the step's
/// captures. Fail-safe: an empty body where content was expected, or a value that cannot be read, fails; no response
/// at all is unmeasured (Inconclusive). A response slower than the warn time but within the budget is a warning.
/// </summary>
internal static class HttpExpectations
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>What a step showed.</summary>
    /// <param name="Measured">The status, time and values read, for people.</param>
    /// <param name="Problems">Every expectation not met: a Fail.</param>
    /// <param name="Warnings">Warn thresholds crossed within the fail thresholds: Degraded.</param>
    /// <param name="Captured">Values captured for later steps.</param>
    /// <param name="Unmeasured">True when there was no response at all (connection error): Inconclusive.</param>
    public sealed record Outcome(
        string Measured, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, IReadOnlyDictionary<string, string> Captured, bool Unmeasured = false);

    /// <summary>The step's verdict as a check result.</summary>
    public static CheckResult ToResult(this Outcome outcome, CheckKind kind, string name, TimeSpan elapsed) =>
        outcome.Unmeasured
            ? CheckResult.Inconclusive(kind, name, outcome.Measured, string.Join("; ", outcome.Problems), elapsed)
            : CheckResult.Judge(kind, name, outcome.Measured, outcome.Problems, outcome.Warnings, elapsed);

    public static Outcome Evaluate(HttpCheckOptions step, HttpExchange exchange)
    {
        var problems = new List<string>();
        var warnings = new List<string>();
        var captured = new Dictionary<string, string>(StringComparer.Ordinal);
        if (exchange.Status is not { } status)
        {
            return new($"no response from {exchange.Url.AbsolutePath}", [$"request failed: {exchange.Error}"], warnings, captured, Unmeasured: true);
        }

        var measured = new List<string> { $"{(int)status} in {Measure.Ms(exchange.Elapsed)}" };
        if ((int)status != step.ExpectStatus)
        {
            problems.Add($"status {(int)status}, expected {step.ExpectStatus}");
        }

        var needsBody = step.BodyContains is not null || step.BodyRegex is not null || step.JsonPath is not null || step.Capture.Count > 0;
        if (needsBody && string.IsNullOrWhiteSpace(exchange.Body))
        {
            problems.Add("empty body where content was expected");
        }
        else
        {
            CheckBody(step, exchange.Body, measured, problems);
            Capture(step, exchange.Body, captured, problems);
        }

        CheckHeader(step, exchange, measured, problems);
        var took = exchange.Elapsed.TotalMilliseconds;
        if (step.LatencyBudgetMilliseconds > 0 && took > step.LatencyBudgetMilliseconds)
        {
            problems.Add($"took {Measure.Ms(exchange.Elapsed)}, budget {Measure.Ms(step.LatencyBudgetMilliseconds)}");
        }
        else if (step.LatencyWarnMilliseconds > 0 && took > step.LatencyWarnMilliseconds)
        {
            var budget = step.LatencyBudgetMilliseconds > 0 ? $" (budget {Measure.Ms(step.LatencyBudgetMilliseconds)})" : "";
            warnings.Add($"took {Measure.Ms(exchange.Elapsed)}, over the degraded time of {Measure.Ms(step.LatencyWarnMilliseconds)}{budget}");
        }

        return new(string.Join(" · ", measured), problems, warnings, captured);
    }

    private static void CheckBody(HttpCheckOptions step, string body, List<string> measured, List<string> problems)
    {
        if (step.BodyContains is { } text && !body.Contains(text, StringComparison.Ordinal))
        {
            problems.Add($"body does not contain \"{text}\"");
        }

        if (step.BodyRegex is { } pattern && !Regex.IsMatch(body, pattern, RegexOptions.CultureInvariant, RegexTimeout))
        {
            problems.Add($"body does not match /{pattern}/");
        }

        if (step.JsonPath is { } path)
        {
            var value = JsonPathReader.Read(body, path, out var problem);
            if (value is null)
            {
                problems.Add(problem ?? $"no value at {path}");
            }
            else
            {
                measured.Add($"{path} = {Shorten(value)}");
                if (step.JsonValue is { } expected && value != expected)
                {
                    problems.Add($"{path} is \"{Shorten(value)}\", expected \"{expected}\"");
                }
            }
        }
    }

    private static void CheckHeader(HttpCheckOptions step, HttpExchange exchange, List<string> measured, List<string> problems)
    {
        if (step.Header is not { } name)
        {
            return;
        }

        if (!exchange.Headers.TryGetValue(name, out var value))
        {
            problems.Add($"no {name} header");
            return;
        }

        measured.Add($"{name}: {Shorten(value)}");
        if (step.HeaderContains is { } expected && !value.Contains(expected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{name} is \"{Shorten(value)}\", expected it to contain \"{expected}\"");
        }
    }

    private static void Capture(HttpCheckOptions step, string body, Dictionary<string, string> captured, List<string> problems)
    {
        foreach (var capture in step.Capture)
        {
            string? value = null;
            if (capture.JsonPath is { } path)
            {
                value = JsonPathReader.Read(body, path, out _);
            }
            else if (capture.Regex is { } pattern)
            {
                var match = Regex.Match(body, pattern, RegexOptions.CultureInvariant, RegexTimeout);
                var group = match.Groups["value"].Success ? match.Groups["value"] : match.Groups.Count > 1 ? match.Groups[1] : match.Groups[0];
                value = match.Success && group.Success ? group.Value : null;
            }

            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"nothing to capture as {{{capture.Name}}} ({capture.JsonPath ?? "/" + capture.Regex + "/"})");
            }
            else
            {
                captured[capture.Name] = value;
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
