using Liftoff.Validation;

namespace Liftoff.Cake.Journal;

/// <summary>A validation of an environment ended with a verdict.</summary>
/// <param name="Environment">The environment.</param>
/// <param name="Version">The version validated.</param>
/// <param name="Passed">The verdict.</param>
/// <param name="Report">The declared checks' report; null when only the version marker was compared.</param>
/// <param name="Summary">One line, e.g. <c>10/10 smoke checks · p95 180 ms</c>.</param>
public sealed record ValidationFinished(string Environment, string Version, bool Passed, ValidationReport? Report, string Summary) : RunEvent
{
    /// <inheritdoc />
    public override string? EnvironmentName => Environment;

    /// <summary>The event for <paramref name="report"/> (null: the marker matched and no checks ran).</summary>
    public static ValidationFinished Of(string environment, string version, ValidationReport? report) =>
        new(environment, version, report?.Passed ?? true, report, report?.Summary ?? "version marker read back");
}
