using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tasks.Slots;

/// <summary>
/// Registers <c>Abort-</c>, <c>Promote-</c> and <c>Drain-&lt;Env&gt;</c> for each environment whose target is
/// nginxSlots, and for no other: elsewhere there is no canary to abort or slot to drain. <c>Promote-&lt;Env&gt;</c>
/// never clashes with the environment-to-environment <c>Promote</c>, which has no suffix.
/// </summary>
public sealed class SlotsTaskSource(LoadedConfiguration configuration) : ITaskSource
{
    /// <inheritdoc />
    public IEnumerable<TaskDefinition> CreateTasks(IServiceProvider services)
    {
        foreach (var (name, environment) in configuration.Options.Environments)
        {
            if (environment.Target.Type != TargetType.NginxSlots)
            {
                continue;
            }

            yield return Define<AbortEnvironmentTask>(services, "Abort", name,
                $"Aborts the canary running in {name}: its weight back to 0 and its slot stopped (--reason=...); recorded in the ledger.");
            yield return Define<PromoteEnvironmentTask>(services, "Promote", name,
                $"Sends all of {name}'s traffic to the running canary, skipping its remaining steps; recorded in the ledger.");
            yield return Define<DrainEnvironmentTask>(services, "Drain", name,
                $"Waits until the slot {name} switched away from has drained, then stops it.");
        }
    }

    private static TaskDefinition Define<TTask>(IServiceProvider services, string verb, string environment, string description)
        where TTask : IBuildTask =>
        new(EnvironmentServices.TaskName(verb, environment), ActivatorUtilities.CreateInstance<TTask>(services, environment))
        {
            Description = description,
        };
}
