using System.Text.RegularExpressions;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Validation.Checks;
using Liftoff.Validation.Prometheus;

namespace Liftoff.Validation;

/// <summary>Turns declared options into runnable checks, after checking every regex, JSON path and selector at once.</summary>
internal static class DeclaredChecks
{
    public static List<IValidationCheck> Build(CheckContext context, ValidationOptions options) =>
    [
        .. options.Http.Select(o => new HttpCheck(context, o)),
        .. options.CriticalPaths.Select(o => new CriticalPathCheck(context, o)),
        .. options.Latency.Select(o => new LatencyCheck(context, o)),
        .. options.Commands.Select(o => new CommandCheck(context, o)),
        .. options.ErrorRates.Select(o => new ErrorRateCheck(context, o)),
    ];

    /// <summary>Every problem of the declaration, in one error, before anything is requested.</summary>
    /// <exception cref="LiftoffException">One or more checks are invalid.</exception>
    public static void ThrowIfInvalid(ValidationOptions options)
    {
        var problems = Problems(options).ToList();
        if (problems.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.ValidationCheckInvalid, ExitCodes.BadInput,
                "invalid validation checks:\n  " + string.Join("\n  ", problems));
        }
    }

    private static IEnumerable<string> Problems(ValidationOptions options)
    {
        var steps = options.Http.Select((o, i) => ($"http[{i}]", o))
            .Concat(options.CriticalPaths.SelectMany((p, i) => p.Steps.Select((o, j) => ($"criticalPaths[{i}].steps[{j}]", o))));
        foreach (var (key, step) in steps)
        {
            foreach (var problem in StepProblems(key, step))
            {
                yield return problem;
            }
        }

        foreach (var (path, i) in options.CriticalPaths.Select((p, i) => (p, i)).Where(x => x.p.Steps.Count == 0))
        {
            yield return $"criticalPaths[{i}] ({path.Name}): expected at least one step";
        }

        foreach (var (rate, i) in options.ErrorRates.Select((r, i) => (r, i)))
        {
            foreach (var (name, selector) in new[] { ("errors", rate.Errors), ("total", rate.Total) })
            {
                if (Try(() => MetricSelector.Parse(selector)) is { } problem)
                {
                    yield return $"errorRates[{i}].{name}: {problem}";
                }
            }
        }

        foreach (var (command, i) in options.Commands.Select((c, i) => (c, i)).Where(x => string.IsNullOrWhiteSpace(x.c.Command)))
        {
            yield return $"commands[{i}].command: expected a command line";
        }
    }

    private static IEnumerable<string> StepProblems(string key, HttpCheckOptions step)
    {
        if (Try(() => new HttpMethod(step.Method)) is { } method)
        {
            yield return $"{key}.method: {method}";
        }

        var regexes = new[] { ("bodyRegex", step.BodyRegex) }.Concat(step.Capture.Select((c, i) => ($"capture[{i}].regex", c.Regex)));
        foreach (var (name, pattern) in regexes.Where(r => r.Item2 is not null))
        {
            if (Try(() => new Regex(pattern!, RegexOptions.CultureInvariant)) is { } problem)
            {
                yield return $"{key}.{name}: {problem}";
            }
        }

        var paths = new[] { ("jsonPath", step.JsonPath) }.Concat(step.Capture.Select((c, i) => ($"capture[{i}].jsonPath", c.JsonPath)));
        foreach (var (name, path) in paths.Where(p => p.Item2 is not null))
        {
            if (Try(() => JsonPathReader.Segments(path!)) is { } problem)
            {
                yield return $"{key}.{name}: {problem}";
            }
        }

        foreach (var (capture, i) in step.Capture.Select((c, i) => (c, i)))
        {
            if (string.IsNullOrWhiteSpace(capture.Name) || (capture.JsonPath is null) == (capture.Regex is null))
            {
                yield return $"{key}.capture[{i}]: expected a name and exactly one of jsonPath or regex";
            }
        }
    }

    private static string? Try(Func<object> parse)
    {
        try
        {
            _ = parse();
            return null;
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            return error.Message;
        }
    }
}
