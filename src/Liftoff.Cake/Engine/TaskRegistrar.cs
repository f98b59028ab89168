using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Hands the catalog to Cake's engine, the way Cake.Frosting's engine does: Cake owns ordering, criteria, error
/// handling and the report. Error and finally handlers are registered only for tasks that override them, because
/// a registered error handler changes Cake's behaviour (the error counts as handled).
/// </summary>
internal static class TaskRegistrar
{
    // Cake keeps the criteria message fixed at registration; the real reason is read back when the task is skipped.
    internal const string PendingReason = "ShouldRun returned false";

    /// <param name="engine">Cake's engine.</param>
    /// <param name="catalog">The tasks.</param>
    /// <param name="context">The typed context, for error and finally handlers.</param>
    /// <param name="log">Cake's log.</param>
    /// <param name="switchedOff">Tasks switched off in configuration, with the reason; see <see cref="StageSwitches"/>.</param>
    /// <param name="stages">Decides per run whether a pipeline stage is skipped (an environment's stages, --artifact).</param>
    public static void Register(
        ICakeEngine engine, TaskCatalog catalog, ICakeContext context, ICakeLog log,
        IReadOnlyDictionary<string, string>? switchedOff = null, IStageSkip? stages = null)
    {
        foreach (var definition in catalog.Definitions)
        {
            log.Debug("Registering task: {0}", definition.Name);
            var task = definition.Task;
            var builder = engine.RegisterTask(definition.Name);
            if (!string.IsNullOrWhiteSpace(definition.Description))
            {
                builder.Description(definition.Description);
            }

            if (TaskOverrides.Run(task))
            {
                builder.Does(task.RunAsync);
            }

            // First, so the task's own ShouldRun is not even asked and the report shows the setting as the reason.
            if (switchedOff?.GetValueOrDefault(definition.Name) is { } reason)
            {
                builder.WithCriteria(_ => false, reason);
            }
            else if (definition.Stage is { } stage && stages?.SkipReason(stage, context) is { } stageReason)
            {
                // A skipped stage never asks its tasks' own ShouldRun; the reason is known now and stays fixed.
                builder.WithCriteria(false, stageReason);
            }

            if (TaskOverrides.ShouldRun(task))
            {
                builder.WithCriteria(task.ShouldRun, PendingReason);
            }

            if (definition.ContinueOnError)
            {
                builder.ContinueOnError();
            }

            if (TaskOverrides.OnError(task))
            {
                builder.OnError(exception => task.OnError(exception, context));
            }

            if (TaskOverrides.Finally(task))
            {
                builder.Finally(() => task.Finally(context));
            }

            foreach (var dependency in definition.Dependencies)
            {
                builder.IsDependentOn(dependency);
            }

            foreach (var dependee in definition.Dependees)
            {
                builder.IsDependeeOf(dependee);
            }
        }
    }

    public static void RegisterLifetimes(ICakeEngine engine, ICakeContext context, IBuildLifetime? lifetime, ITaskLifetime? taskLifetime)
    {
        if (lifetime is not null)
        {
            engine.RegisterSetupAction(info => lifetime.Setup(context, info));
            engine.RegisterTeardownAction(info => lifetime.Teardown(context, info));
        }

        if (taskLifetime is not null)
        {
            engine.RegisterTaskSetupAction(info => taskLifetime.Setup(context, info));
            engine.RegisterTaskTeardownAction(info => taskLifetime.Teardown(context, info));
        }
    }
}
