using System.Globalization;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Security;

/// <summary>What one run of the security gate collected: findings, tool errors, and sources without advisory data.</summary>
internal sealed class SecurityAudit(SecurityAuditTools tools, string workingDirectory, OsvAdvisories? advisories)
{
    public List<SecurityFinding> Findings { get; } = [];

    public List<string> Errors { get; } = [];

    public List<string> MissingData { get; } = [];

    public async Task DotnetAsync(string target, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(target);
        var vulnerable = await ListAsync(target, ["--vulnerable"], cancellationToken).ConfigureAwait(false);
        if (vulnerable is null)
        {
            return;
        }

        Findings.AddRange(vulnerable.Findings);
        if (vulnerable.Sources.Count == 0)
        {
            MissingData.Add($"dotnet list package named no package source for {name}");
        }

        foreach (var source in vulnerable.Sources)
        {
            if (await tools.Probe.MissingVulnerabilityDataAsync(source, cancellationToken).ConfigureAwait(false) is { } why)
            {
                MissingData.Add(why);
            }
        }

        if (advisories is not null && await ListAsync(target, [], cancellationToken).ConfigureAwait(false) is { } resolved)
        {
            Findings.AddRange(advisories.Match(resolved.Packages));
        }
    }

    public async Task NpmAsync(string lockFile, CancellationToken cancellationToken)
    {
        // npm audit exits 1 both when it finds vulnerabilities and when it fails, so the JSON decides which.
        var run = await tools.Runner.RunAsync("npm", ["audit", "--json"], workingDirectory, cancellationToken).ConfigureAwait(false);
        var installed = PackageLock.Read(lockFile);
        try
        {
            // npm names the affected range, not the installed version; the lock file says which version is installed.
            var report = NpmAuditReport.Parse(run.StandardOutput);
            Findings.AddRange(report.Findings.Select(finding => installed.Where(package => package.Name == finding.Package).Select(package => package.Version).ToList() is
                { Count: > 0 } versions ? finding with { Version = string.Join("/", versions) } : finding));
            if (report.Error is not null)
            {
                MissingData.Add("npm audit could not reach its advisory data: " + report.Error);
            }
        }
        catch (LiftoffException error)
        {
            Errors.Add(string.Create(CultureInfo.InvariantCulture, $"npm audit exited {run.ExitCode}: {error.Message}{run.Tail(5)}"));
        }

        if (advisories is not null)
        {
            Findings.AddRange(advisories.Match(installed));
        }
    }

    private async Task<DotnetPackageReport?> ListAsync(string target, IReadOnlyList<string> extra, CancellationToken cancellationToken)
    {
        List<string> arguments = ["list", target, "package", .. extra, "--include-transitive", "--format", "json"];
        var run = await tools.Runner.RunAsync("dotnet", arguments, workingDirectory, cancellationToken).ConfigureAwait(false);
        var command = "dotnet " + string.Join(' ', arguments.Select(argument => argument == target ? Path.GetFileName(target) : argument));
        DotnetPackageReport report;
        try
        {
            report = DotnetPackageReport.Parse(run.StandardOutput);
        }
        catch (LiftoffException error)
        {
            Errors.Add(string.Create(CultureInfo.InvariantCulture, $"'{command}' exited {run.ExitCode}: {error.Message}{run.Tail(5)}"));
            return null;
        }

        if (report.Problems.Count > 0 || run.ExitCode != 0)
        {
            Errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"'{command}' exited {run.ExitCode}: {(report.Problems.Count > 0 ? string.Join("; ", report.Problems) : run.Tail(5))}"));
            return null;
        }

        return report;
    }
}
