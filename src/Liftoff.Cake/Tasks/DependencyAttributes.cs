namespace Liftoff.Cake.Tasks;

/// <summary>The task runs after the named task. Name the task by its type, or by its name when it is made from
/// configuration (for example <c>"Deploy-Staging"</c>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute : Attribute
{
    /// <summary>Depends on the task of the given type.</summary>
    public IsDependentOnAttribute(Type task) => Task = task;

    /// <summary>Depends on the task with the given name.</summary>
    public IsDependentOnAttribute(string taskName) => TaskName = taskName;

    /// <summary>The task type, when named by type.</summary>
    public Type? Task { get; }

    /// <summary>The task name, when named by name.</summary>
    public string? TaskName { get; }
}

/// <summary>The reverse dependency: the named task runs after this one. Lets an optional stage attach itself to
/// the pipeline without the pipeline knowing about it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute : Attribute
{
    /// <summary>The task of the given type depends on this one.</summary>
    public IsDependeeOfAttribute(Type task) => Task = task;

    /// <summary>The task with the given name depends on this one.</summary>
    public IsDependeeOfAttribute(string taskName) => TaskName = taskName;

    /// <summary>The task type, when named by type.</summary>
    public Type? Task { get; }

    /// <summary>The task name, when named by name.</summary>
    public string? TaskName { get; }
}
