using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Configuration;

namespace Liftoff.Cake.Pipeline;

/// <summary>
/// Which stages before a deploy run in this run. Only a run whose target is a <c>Deploy-&lt;Env&gt;</c> skips anything:
/// with <c>--artifact</c> it deploys an artifact made (gated, built, released) in an earlier run, so every stage is
/// skipped; otherwise <c>environments.&lt;env&gt;.stages</c> says which run. Other targets (<c>Build-Production</c>,
/// <c>Release</c>, <c>Pre-Deploy-Checks</c>) run their stages as they always do.
/// </summary>
public sealed class DeployStages(LoadedConfiguration configuration, ParsedCommandLine commandLine) : IStageSkip
{
    /// <summary>The environment a <c>Deploy-&lt;Env&gt;</c> target of this run deploys to, or null.</summary>
    public EnvironmentOptions? Deploying => configuration.Options.Environments.Values.FirstOrDefault(environment =>
        commandLine.Targets.Contains(EnvironmentServices.TaskName("Deploy", environment.Name), StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public string? SkipReason(string stage, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Deploying is not { } environment)
        {
            return null;
        }

        if (DeployArguments.Value(context, "artifact") is { } artifact)
        {
            return $"{EnvironmentServices.TaskName("Deploy", environment.Name)} deploys --artifact={artifact}, which an earlier run gated, built and released";
        }

        var key = $"environments.{environment.Name}.stages";
        var stages = environment.Stages;
        return stage switch
        {
            PipelineStages.Gates when !stages.Gates => $"{key}.gates is false",
            PipelineStages.Build when !stages.Build => $"{key}.build is false (the deploy needs --artifact)",
            PipelineStages.Release when !stages.Build => $"{key}.build is false: nothing is built in this run, so nothing is released",
            PipelineStages.Release when !stages.Release => $"{key}.release is false: {environment.Name} deploys without making a release",
            _ => null,
        };
    }
}
