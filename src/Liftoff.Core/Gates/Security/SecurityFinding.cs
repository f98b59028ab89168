using Liftoff.Configuration;

namespace Liftoff.Gates.Security;

/// <summary>One advisory that affects one resolved package.</summary>
/// <param name="Id">The advisory ID, for example <c>GHSA-5crp-9r3c-p9vr</c>; the allowlist matches on it.</param>
/// <param name="Package">The package name as its ecosystem spells it.</param>
/// <param name="Version">The resolved version that is affected.</param>
/// <param name="Severity">The advisory's severity; null when the source did not say, which counts as critical (fail-safe).</param>
/// <param name="Source">Where it came from: <c>dotnet</c>, <c>npm</c> or <c>osv</c>.</param>
public sealed record SecurityFinding(string Id, string Package, string Version, Severity? Severity, string Source)
{
    /// <summary>The severity the threshold compares: an unknown severity is treated as the worst.</summary>
    public Severity Effective => Severity ?? Configuration.Severity.Critical;

    /// <summary>A short line for the table: <c>Newtonsoft.Json 12.0.1 GHSA-5crp-9r3c-p9vr (high)</c>.</summary>
    public override string ToString() =>
        $"{Package} {Version} {Id} ({(Severity?.ToString() ?? "unknown severity").ToLowerInvariant()})";

    /// <summary>Reads a severity as the tools write it (Low, moderate, MEDIUM, HIGH, info); null when unrecognised.</summary>
    public static Severity? ParseSeverity(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "INFO" or "LOW" => Configuration.Severity.Low,
        "MODERATE" or "MEDIUM" => Configuration.Severity.Moderate,
        "HIGH" => Configuration.Severity.High,
        "CRITICAL" => Configuration.Severity.Critical,
        _ => null,
    };
}

/// <summary>A package version as a lock file or <c>dotnet list package</c> resolved it.</summary>
/// <param name="Ecosystem">The OSV ecosystem: <c>NuGet</c> or <c>npm</c>.</param>
/// <param name="Name">The package name.</param>
/// <param name="Version">The resolved version.</param>
public sealed record ResolvedPackage(string Ecosystem, string Name, string Version);
