using Cake.Core;
using Liftoff.Cake.Deploy;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Deploy-&lt;Env&gt;</c>: deploys the artifact named by <c>--artifact=&lt;manifest.json&gt;</c> (or the one
/// built in this run, see <see cref="IBuiltArtifact"/>), after the promotion
/// check and, for a protected environment, a confirmation; the lock is held only around the switch and always released.
/// </summary>
[TaskTemplate]
public sealed class DeployEnvironmentTask(EnvironmentDeployer deployer, EnvironmentServices services, IBuiltArtifact built, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override Task RunAsync(ICakeContext context) => DeployAsync(context, dryRun: false);

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => DeployAsync(context, dryRun: true);

    private Task DeployAsync(ICakeContext context, bool dryRun)
    {
        var manifest = DeployArguments.Value(context, "artifact") ?? built.ManifestPath ?? DeployArguments.Required(
            context, "artifact", "the path of the artifact's manifest.json, as Build-Production writes it (no artifact was built in this run)");
        return deployer.DeployAsync(context, services.Find(environment), manifest, dryRun);
    }
}
