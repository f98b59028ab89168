using Cake.Core;
using Liftoff.Cake.Deploy;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Deploy-&lt;Env&gt;</c>: deploys the artifact named by <c>--artifact=&lt;manifest.json&gt;</c> (or the one built in
/// this run, see <see cref="IBuiltArtifact"/>) through <see cref="DeployFlow"/>: promotion check and, for a protected
/// environment, a confirmation; then, under the lock, the switch, the validation and, on a failure, the automatic
/// rollback (<c>--no-rollback</c> turns it off). The lock is always released.
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
        var manifest = DeployArguments.Value(context, "artifact") ?? built.ManifestPath ?? DeployArguments.Required(
            context, "artifact", "the path of the artifact's manifest.json, as Build-Production writes it (no artifact was built in this run)");
        return flow.RunAsync(context, services.Find(environment), manifest, dryRun);
    }
}
