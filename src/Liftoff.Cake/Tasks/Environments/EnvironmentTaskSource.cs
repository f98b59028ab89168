using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks.Build;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// Registers <c>Deploy-</c>, <c>Validate-</c>, <c>Rollback-</c> and <c>Unlock-&lt;Env&gt;</c> for every configured
/// environment, in configuration order, from one template class each. <c>Deploy-&lt;Env&gt;</c> depends on the stages
/// before it, in the pipeline's order: Pre-Deploy-Checks (the gates), Next-Version (which names the artifact),
/// Build-Production, Check-Build, then Release (Changelog, Bump-Version, Tag, GitHub-Release). Cake runs a task's
/// dependencies in the order they are declared, so the build follows the gates and the release follows the build.
/// <see cref="Pipeline.DeployStages"/> skips the stages for <c>--artifact</c> or as <c>environments.&lt;env&gt;.stages</c> says.
/// </summary>
public sealed class EnvironmentTaskSource(LoadedConfiguration configuration) : ITaskSource
{
    /// <inheritdoc />
    public IEnumerable<TaskDefinition> CreateTasks(IServiceProvider services)
    {
        foreach (var name in configuration.Options.Environments.Keys)
        {
            var deploy = Define<DeployEnvironmentTask>(services, "Deploy", name,
                $"Deploys to {name} (the artifact built in this run, or --artifact=<manifest.json>): promotion check, confirmation when protected, lock, switch, validation, automatic rollback on failure (--no-rollback), ledger records.");
            foreach (var stage in StagesBeforeDeploy)
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

    /// <summary>The stages a deploy depends on, in the order they run.</summary>
    public static IReadOnlyList<string> StagesBeforeDeploy { get; } =
        [PreDeployChecksTask.Name, NextVersionTask.Name, BuildProductionTask.Name, Liftoff.Building.BuildChecker.Name, ReleaseTask.Name];

    private static TaskDefinition Define<TTask>(IServiceProvider services, string verb, string environment, string description)
        where TTask : IBuildTask =>
        new(EnvironmentServices.TaskName(verb, environment), ActivatorUtilities.CreateInstance<TTask>(services, environment))
        {
            Description = description,
        };
}
