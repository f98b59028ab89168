using Cake.Core.Diagnostics;
using Liftoff.Cake.Tasks;

namespace Build.Tasks;

/// <summary>A task of this repository's own, inserted before Deploy-Production (a task made from configuration, so named by name).</summary>
[TaskName("Announce-Deploy")]
[TaskDescription("Says what is about to go to production.")]
[IsDependeeOf("Deploy-Production")]
public sealed class AnnounceDeployTask : BuildTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Announce-Deploy: production, {0} channel, {1} environments", context.Channel, context.EnvironmentCount);
}
