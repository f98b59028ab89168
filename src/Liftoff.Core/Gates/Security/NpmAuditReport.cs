using System.Text.Json;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Security;

/// <summary>
/// The JSON <c>npm audit --json</c> writes (report version 2, npm 7 and later): either the vulnerabilities by package,
/// or, when the audit endpoint could not be asked, an error object with a message. The error is kept, never read as
/// "no vulnerabilities".
/// </summary>
/// <param name="Findings">One per advisory and affected package.</param>
/// <param name="Error">Why npm could not audit, or null when it did.</param>
public sealed record NpmAuditReport(IReadOnlyList<SecurityFinding> Findings, string? Error)
{
    /// <summary>Parses the tool's output.</summary>
    /// <exception cref="LiftoffException">The text is not npm's audit JSON.</exception>
    public static NpmAuditReport Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.Property("error") is { } error && root.Property("vulnerabilities") is null)
            {
                return new NpmAuditReport([], ErrorMessage(root, error));
            }

            if (root.Property("message") is not null && root.Property("vulnerabilities") is null)
            {
                return new NpmAuditReport([], ErrorMessage(root, null));
            }

            if (root.Property("vulnerabilities") is not { ValueKind: JsonValueKind.Object } vulnerabilities)
            {
                throw new JsonException("no 'vulnerabilities' object: only audit report version 2 (npm 7+) is read");
            }

            var findings = new List<SecurityFinding>();
            foreach (var package in vulnerabilities.EnumerateObject())
            {
                // 'via' holds advisories (objects) and the names of vulnerable dependencies (strings); each advisory is
                // reported under the package it names, so strings are only pointers and are not counted twice.
                foreach (var via in package.Value.Array("via").Where(via => via.ValueKind == JsonValueKind.Object))
                {
                    var url = via.String("url") ?? "";
                    var id = url.Length > 0 ? url.TrimEnd('/').Split('/')[^1] : via.Property("source")?.ToString() ?? "unknown";
                    findings.Add(new SecurityFinding(id, via.String("name") ?? package.Name, via.String("range") ?? package.Value.String("range") ?? "",
                        SecurityFinding.ParseSeverity(via.String("severity")), "npm"));
                }
            }

            return new NpmAuditReport(findings.Distinct().ToList(), null);
        }
        catch (JsonException error)
        {
            throw new LiftoffException(DiagnosticCodes.AuditOutputUnreadable, ExitCodes.TaskFailed,
                $"'npm audit --json' wrote something that is not its JSON report ({error.Message}): {(json.Length > 300 ? json[..300] + "…" : json)}", error);
        }
    }

    private static string ErrorMessage(JsonElement root, JsonElement? error)
    {
        var message = root.String("message") ?? error?.String("summary") ?? error?.ToString() ?? "unknown error";
        return error?.String("detail") is { Length: > 0 } detail ? message + ": " + detail : message;
    }
}
