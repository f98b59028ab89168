using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// A <c>Deploy-&lt;Env&gt;</c> of a protected environment that runs its stages (gates, build, release) asks for its
/// yes before them: the release pushes a tag, so a refusal after it would leave a release nobody deployed. With
/// <c>--exclusive</c>, or every stage skipped (<c>--artifact</c>, <c>environments.&lt;env&gt;.stages</c>), nothing runs
/// before the deploy, which asks as it always does.
/// </summary>
public sealed class ConfirmBeforeStages(DeployStages stages, ParsedCommandLine commandLine, DeployConsent consent) : IRunPreflight
{
    /// <inheritdoc />
    public Task CheckAsync(ICakeContext context)
    {
        if (stages.Deploying is not { } environment || commandLine.Exclusive
            || PipelineStages.InOrder.All(stage => stages.SkipReason(stage, context) is not null))
        {
            return Task.CompletedTask;
        }

        return consent.ConfirmAsync(context, environment,
            "the release this run makes (after the gates, the build and the release with its tag)",
            "Nothing was changed: no gate, build or release ran, and the lock was not taken.");
    }
}
