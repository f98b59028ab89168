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
            for (var i = 0; i < options.Steps.Count; i++)
            {
                var step = options.Steps[i];
                var exchange = await HttpExchange.SendAsync(context, step, variables, token).ConfigureAwait(false);
                var outcome = HttpExpectations.Evaluate(step, exchange);
                if (outcome.Problems.Count > 0)
                {
                    var stepName = step.Name ?? HttpCheck.NameOf(step);
                    return CheckResult.Fail(Kind, Name, $"step {i + 1}/{options.Steps.Count} {stepName}: {outcome.Measured}",
                        string.Join("; ", outcome.Problems), context.Time.GetElapsedTime(started));
                }

                foreach (var (name, value) in outcome.Captured)
                {
                    variables[name] = value;
                }
            }

            var elapsed = context.Time.GetElapsedTime(started);
            return CheckResult.Pass(Kind, Name, $"{options.Steps.Count}/{options.Steps.Count} steps in {Measure.Ms(elapsed)}", elapsed);
        }, cancellationToken);
}
