using System.Text.Json;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Security;

/// <summary>
/// The JSON that <c>dotnet list package --include-transitive --format json</c> writes, with or without
/// <c>--vulnerable</c>: the sources it asked, every resolved package, the vulnerabilities it was told about, and its
/// problems (for example a project that was never restored).
/// </summary>
public sealed record DotnetPackageReport(
    IReadOnlyList<string> Sources, IReadOnlyList<ResolvedPackage> Packages, IReadOnlyList<SecurityFinding> Findings, IReadOnlyList<string> Problems)
{
    /// <summary>Parses the tool's output.</summary>
    /// <exception cref="LiftoffException">The text is not the JSON report.</exception>
    public static DotnetPackageReport Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.Property("projects") is null && root.Property("problems") is null)
            {
                throw new JsonException("no 'projects' in the report");
            }

            var sources = root.Array("sources").Select(source => source.GetString() ?? "").Where(source => source.Length > 0).ToList();
            var problems = Errors(root).ToList();
            var packages = new List<ResolvedPackage>();
            var findings = new List<SecurityFinding>();
            foreach (var project in root.Array("projects"))
            {
                problems.AddRange(Errors(project));
                foreach (var package in project.Array("frameworks").SelectMany(framework =>
                    framework.Array("topLevelPackages").Concat(framework.Array("transitivePackages"))))
                {
                    Read(package, packages, findings);
                }
            }

            return new DotnetPackageReport(sources, packages.Distinct().ToList(), findings.Distinct().ToList(), problems);
        }
        catch (JsonException error)
        {
            throw new LiftoffException(DiagnosticCodes.AuditOutputUnreadable, ExitCodes.TaskFailed,
                $"'dotnet list package --format json' wrote something that is not its JSON report ({error.Message}): {Start(json)}", error);
        }
    }

    private static void Read(JsonElement package, List<ResolvedPackage> packages, List<SecurityFinding> findings)
    {
        var id = package.String("id") ?? "";
        var version = package.String("resolvedVersion") ?? "";
        packages.Add(new ResolvedPackage("NuGet", id, version));
        foreach (var vulnerability in package.Array("vulnerabilities"))
        {
            var url = vulnerability.String("advisoryUrl") ?? "";

            // The tool gives the advisory's URL only; its last segment is the ID the allowlist names (GHSA-…).
            var advisory = url.TrimEnd('/').Split('/')[^1];
            findings.Add(new SecurityFinding(advisory.Length > 0 ? advisory : url, id, version,
                SecurityFinding.ParseSeverity(vulnerability.String("severity")), "dotnet"));
        }
    }

    // Warnings (for example an outdated source) do not stop an audit; errors (an unrestored project) do.
    private static IEnumerable<string> Errors(JsonElement element) => element.Array("problems")
        .Where(problem => !string.Equals(problem.String("level"), "warning", StringComparison.OrdinalIgnoreCase))
        .Select(Problem);

    private static string Problem(JsonElement problem) =>
        $"{problem.String("level") ?? "error"}: {problem.String("text") ?? problem.ToString()}{(problem.String("project") is { } project ? " (" + project + ")" : "")}";

    private static string Start(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
