using System.Reflection;

namespace Liftoff.Cake.Tasks;

/// <summary>How a task class maps to a target name, as in Cake.Frosting.</summary>
public static class TaskNames
{
    /// <summary>The <see cref="TaskNameAttribute"/> name, else the class name without a trailing <c>Task</c>.</summary>
    public static string Of(Type taskType)
    {
        ArgumentNullException.ThrowIfNull(taskType);
        if (!typeof(IBuildTask).IsAssignableFrom(taskType))
        {
            throw new ArgumentException($"{taskType.FullName} is not a task: it does not implement {nameof(IBuildTask)}.", nameof(taskType));
        }

        var attribute = taskType.GetCustomAttribute<TaskNameAttribute>();
        if (attribute is not null)
        {
            return attribute.Name;
        }

        const string suffix = "Task";
        var name = taskType.Name;
        return name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;
    }
}
