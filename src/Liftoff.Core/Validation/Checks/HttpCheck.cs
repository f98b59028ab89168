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
            if (exchange.Status is { } status)
            {
                values["status"] = (int)status;
            }

            return outcome.ToResult(Kind, Name, exchange.Elapsed) with { Values = values };
        }, cancellationToken);
}
