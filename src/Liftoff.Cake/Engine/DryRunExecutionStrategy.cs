using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Walks the plan without running any task body: no setup, no handlers, no teardown. Each task that would run is
/// listed in order, as Cake's own <c>--dryrun</c> does. Criteria are still asked, as in Cake, so a task that would
/// be skipped shows as skipped. A task that overrides its dry-run body (for example the release, which computes
/// the version and notes) has that body run instead, and it must change nothing.
/// </summary>
internal sealed class DryRunExecutionStrategy(ICakeLog log, TaskCatalog catalog) : IExecutionStrategy
{
    private int _step;

    public void PerformSetup(Action<ISetupContext> action, ISetupContext context)
    {
    }

    public void PerformTeardown(Action<ITeardownContext> action, ITeardownContext teardownContext)
    {
    }

    public Task ExecuteAsync(CakeTask task, ICakeContext context)
    {
        _step++;
        log.Information("{0}. {1}", _step, task.Name);
        var definition = catalog.Find(task.Name);
        return definition is not null && TaskOverrides.DryRun(definition.Task)
            ? definition.Task.DryRunAsync(context)
            : Task.CompletedTask;
    }

    // The reasoned strategy around this one already says why a task is skipped.
    public void Skip(CakeTask task, CakeTaskCriteria criteria)
    {
    }

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) => Task.CompletedTask;

    // No handler runs in a dry run, so an error in a dry-run body is not swallowed: it fails the dry run.
    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) =>
        Task.FromException(exception);

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) => Task.CompletedTask;

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext)
    {
    }

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext)
    {
    }
}
