using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>One HTTP request held to its expectations.</summary>
internal sealed class HttpCheck(CheckContext context, HttpCheckOptions options) : IValidationCheck
{
    public CheckKind Kind => CheckKind.Http;

    public string Name { get; } = options.Name ?? NameOf(options);

    public static string NameOf(HttpCheckOptions step) => $"{step.Method.ToUpperInvariant()} {step.Path}";

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) =>
        context.GuardAsync(Kind, Name, async token =>
        {
            var exchange = await HttpExchange.SendAsync(context, options, new Dictionary<string, string>(), token).ConfigureAwait(false);
            var outcome = HttpExpectations.Evaluate(options, exchange);
            var values = new Dictionary<string, double> { ["latencyMs"] = exchange.Elapsed.TotalMilliseconds };
            return (outcome.Problems.Count == 0
                ? CheckResult.Pass(Kind, Name, outcome.Measured, exchange.Elapsed)
                : CheckResult.Fail(Kind, Name, outcome.Measured, string.Join("; ", outcome.Problems), exchange.Elapsed)) with { Values = values };
        }, cancellationToken);
}
