using Cake.Core;
using Liftoff.Building;
using Liftoff.Cake.Engine;
using Liftoff.Cake.Tasks.Build;
using Liftoff.Cake.Tasks.Environments;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Cake.Tasks.Release;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// What <c>Deploy-&lt;Env&gt;</c> runs before the deploy itself, in this order: the gates (<c>Pre-Deploy-Checks</c>), the
/// next version, the production build and its check, then the release (changelog, tag, GitHub release). The build
/// comes before the release so that a failed build leaves no tag, and after <c>Next-Version</c> so that the artifact
/// carries the version being released. With <c>--artifact</c> the deploy promotes an artifact an earlier run built,
/// checked and released, so these stages, and every task they depend on, are skipped with the argument as the reason.
/// </summary>
public static class DeployChain
{
    /// <summary>The stages a deploy depends on, in the order Cake runs them.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        [PreDeployChecksTask.Name, NextVersionTask.Name, BuildProductionTask.Name, BuildChecker.Name, ReleaseTask.Name];

    /// <summary>
    /// The tasks to skip because <c>--artifact</c> was given to a <c>Deploy-&lt;Env&gt;</c> target: the stages and
    /// everything they depend on (each gate attached to <c>Pre-Deploy-Checks</c>, the release steps), except a task
    /// that is itself a target. Empty when no deploy target is asked for or no artifact is given.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> SkippedForArtifact(TaskCatalog catalog, ICakeContext context, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(targets);
        var deploys = targets.Select(catalog.Find).Where(definition => definition?.Task is DeployEnvironmentTask).ToList();
        if (deploys.Count == 0 || DeployArguments.Value(context, "artifact") is not { } artifact)
        {
            return new Dictionary<string, string>();
        }

        var reason = $"--artifact={artifact}: promoting an artifact built in an earlier run, so its gates, build and release are not run again";
        var skipped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(Stages.Where(stage => catalog.Find(stage) is not null));
        while (pending.TryPop(out var name))
        {
            if (targets.Contains(name, StringComparer.OrdinalIgnoreCase) || !skipped.TryAdd(name, reason))
            {
                continue;
            }

            foreach (var dependency in DependenciesOf(catalog, name))
            {
                pending.Push(dependency);
            }
        }

        return skipped;
    }

    // What a task depends on: its own dependencies, and every task that attached itself with IsDependeeOf.
    private static IEnumerable<string> DependenciesOf(TaskCatalog catalog, string name) =>
        (catalog.Find(name)?.Dependencies ?? []).Concat(catalog.Definitions
            .Where(definition => definition.Dependees.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Select(definition => definition.Name));
}
