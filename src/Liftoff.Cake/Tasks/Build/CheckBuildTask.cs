using Cake.Core;
using Liftoff.Building;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Configuration;
using Liftoff.Gates;

namespace Liftoff.Cake.Tasks.Build;

/// <summary>
/// Checks the artifact Build-Production made in this run: the manifest against the archive, the size budgets raw
/// and gzipped, the warnings, and source maps for JavaScript. It is not one of the Pre-Deploy-Checks: it needs the
/// build, which runs after them.
/// </summary>
[TaskName(BuildChecker.Name)]
[TaskDescription("Checks the artifact: manifest against archive, size budgets (total and per glob, raw and gzip), warnings, source maps.")]
[IsDependentOn(typeof(BuildProductionTask))]
[PipelineStage(PipelineStages.Build)]
public sealed class CheckBuildTask(LoadedConfiguration configuration, BuildRun build, GateReport report, ParsedCommandLine commandLine)
    : GateTask(report, commandLine)
{
    private readonly bool _dryRun = commandLine.DryRun;

    /// <inheritdoc />
    /// <remarks>Nothing gathers gates after the build, so a failing build check stops the run itself.</remarks>
    protected override bool StopsRunOnFail => true;

    /// <inheritdoc />
    protected override Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        if (_dryRun)
        {
            return Task.FromResult(GateResult.Skipped(GateName, "dry run: nothing was built to check"));
        }

        if (build.Result is not { } result)
        {
            return Task.FromResult(GateResult.Fail(GateName, "no artifact", "Build-Production did not run in this run, so there is nothing to check"));
        }

        return BuildChecker.EvaluateAsync(result.Artifact, result.Warnings, configuration.Options.Build);
    }
}
