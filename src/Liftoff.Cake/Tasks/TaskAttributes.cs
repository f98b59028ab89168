namespace Liftoff.Cake.Tasks;

/// <summary>The target name of a task, for example <c>Deploy-Production</c>. Without it the class name is used,
/// minus a trailing <c>Task</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    /// <summary>The task's name.</summary>
    public string Name { get; } = name;
}

/// <summary>A one-line description shown by <c>--description</c> and <c>--tree</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskDescriptionAttribute(string description) : Attribute
{
    /// <summary>The task's description.</summary>
    public string Description { get; } = description;
}

/// <summary>Marks a task whose failure should not stop the run; Cake logs the error and goes on.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ContinueOnErrorAttribute : Attribute
{
}

/// <summary>
/// Marks a task class that an <see cref="Hosting.ITaskSource"/> instantiates once per configured item (for example
/// <c>Deploy-&lt;Env&gt;</c> for each environment). Assembly scanning leaves it alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskTemplateAttribute : Attribute
{
}

/// <summary>
/// The stage of the deploy pipeline a task belongs to (<see cref="PipelineStages"/>). A run that deploys may skip a
/// whole stage, with the reason in the report: <c>Deploy-&lt;Env&gt; --artifact=…</c> skips the stages that made that
/// artifact, and <c>environments.&lt;env&gt;.stages</c> switches them off. Inherited, so a base class can carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PipelineStageAttribute(string stage) : Attribute
{
    /// <summary>The stage's name, one of <see cref="PipelineStages"/>.</summary>
    public string Stage { get; } = stage;
}
