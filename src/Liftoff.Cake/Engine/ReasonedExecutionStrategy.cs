using Cake.Core;
using Cake.Core.Diagnostics;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Cake's <see cref="DefaultExecutionStrategy"/>, plus the reason a task was skipped. Cake fixes a criteria's
/// message when the task is registered, but a task knows why it skips only when it is asked, so the reason is
/// read from the task at that moment, shown, and kept for the report.
/// </summary>
internal sealed class ReasonedExecutionStrategy(IExecutionStrategy inner, TaskCatalog catalog, ICakeLog log) : IExecutionStrategy
{
    private readonly Dictionary<string, string> _reasons = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The reason each skipped task gave, by task name.</summary>
    public IReadOnlyDictionary<string, string> SkipReasons => _reasons;

    public void Skip(CakeTask task, CakeTaskCriteria criteria)
    {
        var reason = catalog.Find(task.Name)?.Task.SkipReason ?? criteria.Message;
        if (!string.IsNullOrWhiteSpace(reason))
        {
            _reasons[task.Name] = reason;
            log.Information("Skipping task '{0}': {1}", task.Name, reason);
        }

        inner.Skip(task, new CakeTaskCriteria(criteria.Predicate, reason));
    }

    public void PerformSetup(Action<ISetupContext> action, ISetupContext context) => inner.PerformSetup(action, context);

    public void PerformTeardown(Action<ITeardownContext> action, ITeardownContext teardownContext) =>
        inner.PerformTeardown(action, teardownContext);

    public Task ExecuteAsync(CakeTask task, ICakeContext context) => inner.ExecuteAsync(task, context);

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) => inner.ReportErrorsAsync(action, exception);

    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) =>
        inner.HandleErrorsAsync(action, exception, context);

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) => inner.InvokeFinallyAsync(action, context);

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext) =>
        inner.PerformTaskSetup(action, taskSetupContext);

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext) =>
        inner.PerformTaskTeardown(action, taskTeardownContext);

    /// <summary>The report with each skipped task's reason filled in, since Cake recorded the registration-time message.</summary>
    public CakeReport WithReasons(CakeReport report)
    {
        var rewritten = new CakeReport();
        foreach (var entry in report)
        {
            var reason = _reasons.GetValueOrDefault(entry.TaskName, entry.SkippedMessage);
            rewritten.Add(entry.TaskName, reason, entry.Category, entry.Duration, entry.ExecutionStatus);
        }

        return rewritten;
    }
}
