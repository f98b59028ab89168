using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Gates;

namespace Build.Tasks;

/// <summary>A gate of this repository's own: Pre-Deploy-Checks runs it with Liftoff's gates and shows it in its table.</summary>
[TaskName("Check-Licence")]
[TaskDescription("Checks the repository has a LICENSE file.")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckLicenceTask(GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
{
    protected override Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        var licence = context.Environment.WorkingDirectory.CombineWithFilePath("LICENSE").FullPath;
        return Task.FromResult(File.Exists(licence)
            ? GateResult.Pass(GateName, "LICENSE present", "the repository has a licence")
            : GateResult.Fail(GateName, "no LICENSE", "add a LICENSE file at the repository root"));
    }
}
