using System.Reflection;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// One task as the host registers it with Cake's engine: a name, the instance, and its edges. Attribute-declared
/// tasks become definitions through <see cref="FromAttributes"/>; an <see cref="Hosting.ITaskSource"/> builds them
/// directly, which is how one task class serves <c>Deploy-Test</c>, <c>Deploy-Staging</c> and <c>Deploy-Production</c>.
/// </summary>
public sealed class TaskDefinition
{
    /// <summary>Creates a definition with no edges.</summary>
    public TaskDefinition(string name, IBuildTask task)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(task);
        Name = name;
        Task = task;
    }

    /// <summary>The target name.</summary>
    public string Name { get; }

    /// <summary>The task instance.</summary>
    public IBuildTask Task { get; }

    /// <summary>The description shown by <c>--description</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Names of the tasks that run before this one.</summary>
    public IList<string> Dependencies { get; } = [];

    /// <summary>Names of the tasks that run after this one (reverse dependencies).</summary>
    public IList<string> Dependees { get; } = [];

    /// <summary>Whether a failure lets the run go on.</summary>
    public bool ContinueOnError { get; set; }

    /// <summary>The pipeline stage the task belongs to (<see cref="PipelineStages"/>), or null.</summary>
    public string? Stage { get; set; }

    /// <summary>Reads the name, description and edges from the task class's attributes.</summary>
    public static TaskDefinition FromAttributes(IBuildTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var type = task.GetType();
        var definition = new TaskDefinition(TaskNames.Of(type), task)
        {
            Description = type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description,
            ContinueOnError = type.GetCustomAttribute<ContinueOnErrorAttribute>() is not null,
            Stage = type.GetCustomAttribute<PipelineStageAttribute>(inherit: true)?.Stage,
        };
        foreach (var dependency in type.GetCustomAttributes<IsDependentOnAttribute>())
        {
            definition.Dependencies.Add(dependency.TaskName ?? TaskNames.Of(dependency.Task!));
        }

        foreach (var dependee in type.GetCustomAttributes<IsDependeeOfAttribute>())
        {
            definition.Dependees.Add(dependee.TaskName ?? TaskNames.Of(dependee.Task!));
        }

        return definition;
    }
}
