using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>Steps in order, each step's captures filling <c>{name}</c> in later ones; stops at the first failing step.</summary>
internal sealed class CriticalPathCheck(CheckContext context, CriticalPathOptions options) : IValidationCheck
{
    public CheckKind Kind => CheckKind.CriticalPath;

    public string Name { get; } = string.IsNullOrEmpty(options.Name) ? "critical path" : options.Name;

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) =>
        context.GuardAsync(Kind, Name, async token =>
        {
            var started = context.Time.GetTimestamp();
            if (options.Steps.Count == 0)
            {
                return CheckResult.Fail(Kind, Name, "0 steps", "the path has no steps", TimeSpan.Zero);
            }

            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            var warnings = new List<string>();
            for (var i = 0; i < options.Steps.Count; i++)
            {
                var step = options.Steps[i];
                var exchange = await HttpExchange.SendAsync(context, step, variables, token).ConfigureAwait(false);
                var outcome = HttpExpectations.Evaluate(step, exchange);
                var stepName = $"step {i + 1}/{options.Steps.Count} {step.Name ?? HttpCheck.NameOf(step)}";
                if (outcome.Problems.Count > 0)
                {
                    return outcome.ToResult(Kind, Name, context.Time.GetElapsedTime(started)) with { Measured = $"{stepName}: {outcome.Measured}" };
                }

                warnings.AddRange(outcome.Warnings.Select(warning => $"{stepName}: {warning}"));
                foreach (var (name, value) in outcome.Captured)
                {
                    variables[name] = value;
                }
            }

            var elapsed = context.Time.GetElapsedTime(started);
            return CheckResult.Judge(Kind, Name, $"{options.Steps.Count}/{options.Steps.Count} steps in {Measure.Ms(elapsed)}", [], warnings, elapsed);
        }, cancellationToken);
}
