using Cake.Core;
using Cake.Core.Diagnostics;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Walks the plan without running anything: no setup, no task bodies, no handlers, no teardown. Each task that
/// would run is listed in order, as Cake's own <c>--dryrun</c> does. Criteria are still asked, as in Cake, so a
/// task that would be skipped shows as skipped.
/// </summary>
internal sealed class DryRunExecutionStrategy(ICakeLog log) : IExecutionStrategy
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
        return Task.CompletedTask;
    }

    // The reasoned strategy around this one already says why a task is skipped.
    public void Skip(CakeTask task, CakeTaskCriteria criteria)
    {
    }

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) => Task.CompletedTask;

    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) =>
        Task.CompletedTask;

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) => Task.CompletedTask;

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext)
    {
    }

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext)
    {
    }
}
