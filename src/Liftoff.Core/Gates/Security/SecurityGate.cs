using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Gates.Security;

/// <summary>
/// The <c>Check-Security</c> gate: audits the .NET solution with <c>dotnet list package --vulnerable</c> and the npm
/// lock file with <c>npm audit</c>, whichever apply, and matches an offline OSV advisory file when one is configured.
/// Findings at or above the threshold fail unless an unexpired allowlist entry accepts them. Fail-safe: a tool that
/// fails, an unreadable report, or a source without advisory data (which makes the tools report "nothing" whatever
/// the truth) is a Fail unless <c>allowMissingAdvisoryData</c> says otherwise.
/// </summary>
public sealed class SecurityGate(SecurityGateOptions options, SecurityAuditTools tools, TimeProvider time)
{
    /// <summary>The gate's target name.</summary>
    public const string Name = "Check-Security";

    /// <summary>Audits the repository in <paramref name="workingDirectory"/>.</summary>
    public async Task<GateResult> EvaluateAsync(string workingDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        if (!options.Enabled)
        {
            return GateResult.Skipped(Name, "gates.security.enabled is false");
        }

        var dotnetTargets = DotnetTargets(workingDirectory);
        var lockFile = Path.Combine(workingDirectory, "package-lock.json");
        var npm = File.Exists(lockFile);
        if (dotnetTargets.Count == 0 && !npm)
        {
            return GateResult.Skipped(Name, $"nothing to audit: no .sln, .slnx, project file or package-lock.json in {workingDirectory}");
        }

        var advisories = options.AdvisoryFile is { Length: > 0 } file ? OsvAdvisories.Load(Path.GetFullPath(Path.Combine(workingDirectory, file))) : null;
        var audit = new SecurityAudit(tools, workingDirectory, advisories);
        foreach (var target in dotnetTargets)
        {
            await audit.DotnetAsync(target, cancellationToken).ConfigureAwait(false);
        }

        if (npm)
        {
            await audit.NpmAsync(lockFile, cancellationToken).ConfigureAwait(false);
        }

        var audited = dotnetTargets.Select(target => Path.GetFileName(target)).Concat(npm ? ["package-lock.json"] : []).ToList();
        return Judge(audit, audited, advisories);
    }

    private GateResult Judge(SecurityAudit audit, List<string> targets, OsvAdvisories? advisories)
    {
        var allowlist = new AllowlistCheck(options.Allowlist, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        // Two sources (the tool and the offline file) can report the same advisory for the same package: count it once.
        var findings = audit.Findings.DistinctBy(finding => (finding.Id.ToUpperInvariant(), finding.Package.ToUpperInvariant())).ToList();
        var atThreshold = findings.Where(finding => finding.Effective >= options.Threshold).ToList();
        var allowed = atThreshold.Where(allowlist.Accepts).ToList();
        var blocking = atThreshold.Except(allowed).ToList();
        var threshold = options.Threshold.ToString().ToLowerInvariant();

        var problems = new List<string>(audit.Errors);
        if (blocking.Count > 0)
        {
            problems.Add($"{blocking.Count} advisory finding(s) at or above {threshold}: {string.Join(", ", blocking)}");
        }

        problems.AddRange(allowlist.Problems);
        var missing = audit.MissingData.Distinct().ToList();
        if (missing.Count > 0 && !options.AllowMissingAdvisoryData)
        {
            problems.Add("no advisory data, so a clean result would prove nothing: " + string.Join("; ", missing)
                + ". Point NuGet at a source with vulnerability data, set gates.security.advisoryFile to an OSV export and "
                + "gates.security.allowMissingAdvisoryData to true, or switch the gate off");
        }

        var values = new Dictionary<string, string>
        {
            ["threshold"] = threshold,
            ["targets"] = string.Join(", ", targets),
            ["findings"] = string.Join("\n", findings),
            ["blocking"] = string.Join("\n", blocking),
            ["allowed"] = string.Join("\n", allowed),
            ["missingAdvisoryData"] = string.Join("\n", missing),
            ["advisoryFileEntries"] = advisories?.Count.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        var measured = string.Create(CultureInfo.InvariantCulture,
            $"{blocking.Count} ≥ {threshold}, {findings.Count - atThreshold.Count} below, {allowed.Count} allowed");
        if (problems.Count > 0)
        {
            return GateResult.Fail(Name, measured, string.Join("; ", problems)) with { Values = values };
        }

        var reason = $"audited {string.Join(", ", targets)}" + (advisories is null ? "" : $" and {advisories.Count} offline advisories")
            + (missing.Count > 0 ? "; missing advisory data allowed by gates.security.allowMissingAdvisoryData: " + string.Join("; ", missing) : "");
        return GateResult.Pass(Name, measured, reason) with { Values = values };
    }

    // A solution covers its projects; without one, each project file at the top is audited on its own.
    private static List<string> DotnetTargets(string directory)
    {
        var solutions = Directory.EnumerateFiles(directory, "*.sln").Concat(Directory.EnumerateFiles(directory, "*.slnx")).Order(StringComparer.Ordinal).ToList();
        return solutions.Count > 0
            ? solutions
            : Directory.EnumerateFiles(directory, "*.*proj").Where(path => path.EndsWith("sproj", StringComparison.Ordinal) || path.EndsWith(".vbproj", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
    }
}
