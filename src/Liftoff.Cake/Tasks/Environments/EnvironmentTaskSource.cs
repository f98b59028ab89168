using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// Registers <c>Deploy-</c>, <c>Validate-</c>, <c>Rollback-</c> and <c>Unlock-&lt;Env&gt;</c> for every configured
/// environment, in configuration order, from one template class each. Each <c>Deploy-&lt;Env&gt;</c> depends on the
/// whole pipeline before it (<see cref="DeployChain"/>).
/// </summary>
public sealed class EnvironmentTaskSource(LoadedConfiguration configuration) : ITaskSource
{
    /// <inheritdoc />
    public IEnumerable<TaskDefinition> CreateTasks(IServiceProvider services)
    {
        foreach (var name in configuration.Options.Environments.Keys)
        {
            var deploy = Define<DeployEnvironmentTask>(services, "Deploy", name,
                $"Runs the pipeline into {name}: Pre-Deploy-Checks, Next-Version, Build-Production, Check-Build and Release (all skipped with --artifact=<manifest.json>, which deploys an existing artifact), then promotion check, confirmation when protected, lock, switch, validation, automatic rollback on failure (--no-rollback), ledger records.");
            foreach (var stage in DeployChain.Stages)
            {
                deploy.Dependencies.Add(stage);
            }

            yield return deploy;
            yield return Define<ValidateEnvironmentTask>(services, "Validate", name,
                $"Runs the declared checks of {name} on demand (marker, readiness, observation window) and records the verdict; never rolls back.");
            yield return Define<RollbackEnvironmentTask>(services, "Rollback", name,
                $"Rolls {name} back to its previous good version (or --to=VERSION) in one switch, verified with the declared checks and recorded.");
            yield return Define<UnlockEnvironmentTask>(services, "Unlock", name,
                $"Shows who holds the deploy lock of {name}; --force removes it.");
        }
    }

    private static TaskDefinition Define<TTask>(IServiceProvider services, string verb, string environment, string description)
        where TTask : IBuildTask =>
        new(EnvironmentServices.TaskName(verb, environment), ActivatorUtilities.CreateInstance<TTask>(services, environment))
        {
            Description = description,
        };
}
