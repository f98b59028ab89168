namespace Liftoff.Validation.Prometheus;

/// <summary>One sample line of the Prometheus text format.</summary>
/// <param name="Name">The metric name, for example <c>http_requests_total</c>.</param>
/// <param name="Labels">The labels, unescaped.</param>
/// <param name="Value">The value; may be <see cref="double.PositiveInfinity"/> or <see cref="double.NaN"/>.</param>
/// <param name="TimestampMilliseconds">The optional timestamp, in milliseconds since the epoch.</param>
public sealed record PrometheusSample(
    string Name, IReadOnlyDictionary<string, string> Labels, double Value, long? TimestampMilliseconds);
