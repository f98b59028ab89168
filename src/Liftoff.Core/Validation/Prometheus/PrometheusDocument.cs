namespace Liftoff.Validation.Prometheus;

/// <summary>A parsed Prometheus text exposition: its samples, and the TYPE and HELP of each family.</summary>
/// <param name="Samples">Every sample, in order.</param>
/// <param name="Types">The declared type of each family (<c>counter</c>, <c>gauge</c>, …).</param>
/// <param name="Help">The help text of each family, unescaped.</param>
public sealed record PrometheusDocument(
    IReadOnlyList<PrometheusSample> Samples,
    IReadOnlyDictionary<string, string> Types,
    IReadOnlyDictionary<string, string> Help);
