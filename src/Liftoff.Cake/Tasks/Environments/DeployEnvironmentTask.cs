using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Deploy-&lt;Env&gt;</c>: deploys the artifact named by <c>--artifact=&lt;manifest.json&gt;</c> (or the one built in
/// this run, see <see cref="IBuiltArtifact"/>) through <see cref="DeployFlow"/>: promotion check and, for a protected
/// environment, a confirmation; then, under the lock, the switch, the validation and, on a failure, the automatic
/// rollback (<c>--no-rollback</c> turns it off). The lock is always released. The stages before it (gates, build,
/// release) are its dependencies; see <see cref="EnvironmentTaskSource"/>.
/// </summary>
[TaskTemplate]
public sealed class DeployEnvironmentTask(DeployFlow flow, EnvironmentServices services, IBuiltArtifact built, IStageSkip stages, string environment)
    : AsyncBuildTask
{
    /// <inheritdoc />
    public override Task RunAsync(ICakeContext context) => DeployAsync(context, dryRun: false);

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => DeployAsync(context, dryRun: true);

    private Task DeployAsync(ICakeContext context, bool dryRun)
    {
        var manifest = DeployArguments.Value(context, "artifact") ?? built.ManifestPath;
        if (manifest is null && dryRun && stages.SkipReason(PipelineStages.Build, context) is null)
        {
            // A dry run builds nothing, so there is no manifest yet to check; say what the real run would deploy.
            context.Log.Information("Would deploy the artifact Build-Production makes in this run to {0}, then validate it and roll back on a failure.", environment);
            return Task.CompletedTask;
        }

        manifest ??= DeployArguments.Required(
            context, "artifact", "the path of the artifact's manifest.json, as Build-Production writes it (no artifact was built in this run)");
        return flow.RunAsync(context, services.Find(environment), manifest, dryRun);
    }
}
