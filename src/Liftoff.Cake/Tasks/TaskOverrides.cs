using System.Reflection;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// Which virtual members a task overrides. Cake treats a task with an error handler differently (the error is
/// handled, not rethrown) and shows a task with no actions as delegated, so the host registers a handler or an
/// action only when the task really has one.
/// </summary>
internal static class TaskOverrides
{
    public static bool Run(IBuildTask task) => IsOverridden(task, "Run") || IsOverridden(task, "RunAsync");

    public static bool DryRun(IBuildTask task) => IsOverridden(task, "DryRun") || IsOverridden(task, "DryRunAsync");

    public static bool ShouldRun(IBuildTask task) => IsOverridden(task, "ShouldRun");

    public static bool OnError(IBuildTask task) => IsOverridden(task, "OnError");

    public static bool Finally(IBuildTask task) => IsOverridden(task, "Finally");

    private static bool IsOverridden(IBuildTask task, string name)
    {
        var methods = task.GetType()
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.Name == name && method.GetParameters().Any(p => p.ParameterType == task.ContextType));
        return methods.Any(method => method.GetBaseDefinition().DeclaringType != method.DeclaringType);
    }
}
