using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Branch;
using Liftoff.Git;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>Checks that HEAD is releasable: a release branch, a clean tree, up to date with the remote, ahead of production.</summary>
[TaskName(BranchGate.Name)]
[TaskDescription("Checks HEAD is on a release branch, the tree is clean, it contains the remote branch after a fetch, and it is ahead of the production tag.")]
[IsDependeeOf(typeof(PreDeployChecksTask))]
public sealed class CheckBranchTask(LoadedConfiguration configuration, IGitClientFactory git, GateReport report, ParsedCommandLine commandLine)
    : GateTask(report, commandLine)
{
    /// <inheritdoc />
    protected override Task<GateResult> EvaluateAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = configuration.Options;
        return new BranchGate(git.Create(context.Environment.WorkingDirectory.FullPath), options.Gates.Branch, options.Release).EvaluateAsync();
    }
}
