using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Security;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>Audits the dependencies (dotnet, npm, an offline OSV file) against the severity threshold and the allowlist.</summary>
[TaskName(SecurityGate.Name)]
[TaskDescription("Audits NuGet and npm dependencies for advisories at or above gates.security.threshold; fails safe when no advisory data is reachable.")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckSecurityTask(
    LoadedConfiguration configuration, SecurityAuditTools tools, TimeProvider time, GateReport report, ParsedCommandLine commandLine)
    : GateTask(report, commandLine)
{
    /// <inheritdoc />
    protected override Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SecurityGate(configuration.Options.Gates.Security, tools, time).EvaluateAsync(context.Environment.WorkingDirectory.FullPath);
    }
}
