using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Deploy-&lt;Env&gt;</c>: after the pipeline before it (<see cref="DeployChain"/>), deploys the artifact built in this
/// run (see <see cref="IBuiltArtifact"/>), or the one named by <c>--artifact=&lt;manifest.json&gt;</c>, through
/// <see cref="DeployFlow"/>: promotion check and, for a protected environment, a confirmation; then, under the lock, the
/// switch, the validation and, on a failure, the automatic rollback (<c>--no-rollback</c> turns it off). The lock is
/// always released.
/// </summary>
[TaskTemplate]
public sealed class DeployEnvironmentTask(DeployFlow flow, EnvironmentServices services, IBuiltArtifact built, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override Task RunAsync(ICakeContext context) => DeployAsync(context, dryRun: false);

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => DeployAsync(context, dryRun: true);

    private Task DeployAsync(ICakeContext context, bool dryRun)
    {
        var given = DeployArguments.Value(context, "artifact") ?? built.ManifestPath;
        if (given is null && dryRun)
        {
            // A dry run builds nothing, so there is no artifact to plan with yet.
            context.Log.Information("Would deploy to {0} the artifact Build-Production makes in a real run (--artifact=<manifest.json> plans an existing one).", environment);
            return Task.CompletedTask;
        }

        var manifest = given ?? DeployArguments.Required(
            context, "artifact", "the path of the artifact's manifest.json, as Build-Production writes it (no artifact was built in this run)");
        return flow.RunAsync(context, services.Find(environment), manifest, dryRun);
    }
}
