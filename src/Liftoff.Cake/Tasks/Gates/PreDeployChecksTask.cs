using System.Globalization;
using Cake.Core;
using Liftoff.Cake.Output;
using Liftoff.Diagnostics;
using Liftoff.Gates;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>
/// Runs after every gate (each attaches itself with <c>[IsDependeeOf(typeof(PreDeployChecksTask))]</c>), prints
/// their verdicts as one table, and stops the run when any failed, before anything is built or released.
/// </summary>
[TaskName(Name)]
[PipelineStage(PipelineStages.Gates)]
[TaskDescription("Runs every gate (tests, review, security, branch, backlog), prints the verdicts, and fails if any failed.")]
public sealed class PreDeployChecksTask(GateReport report, RunConsole console) : BuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Pre-Deploy-Checks";

    /// <inheritdoc />
    public override void Run(ICakeContext context)
    {
        console.Write(VerdictTables.Gates(report.Results)); // Liftoff.Journal: the gates table, coloured on a terminal, hidden at quiet
        var failed = report.Results.Where(result => result.Verdict == Verdict.Fail).ToList();
        if (report.Results.Count == 0)
        {
            throw new LiftoffException(DiagnosticCodes.GatesFailed, ExitCodes.TaskFailed, "No gate ran, so nothing was checked: failing safe.");
        }

        if (failed.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.GatesFailed, ExitCodes.TaskFailed, string.Create(
                CultureInfo.InvariantCulture,
                $"{failed.Count} gate(s) failed: {string.Join("; ", failed.Select(result => $"{result.Gate}: {result.Measured}: {result.Reason}"))}"));
        }
    }

    /// <inheritdoc />
    public override void DryRun(ICakeContext context) => Run(context);
}
