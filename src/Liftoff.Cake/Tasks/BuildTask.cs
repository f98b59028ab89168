using Cake.Core;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// A synchronous task, the counterpart of Cake.Frosting's <c>FrostingTask&lt;TContext&gt;</c>. Override
/// <see cref="Run"/>; a task that does not is a grouping target with only dependencies.
/// </summary>
/// <typeparam name="TContext">The context the task runs with.</typeparam>
public abstract class BuildTask<TContext> : BuildTaskBase<TContext>
    where TContext : ICakeContext
{
    /// <summary>The task's body.</summary>
    public virtual void Run(TContext context)
    {
    }

    /// <summary>
    /// What the task does under <c>--dryrun</c>: compute and report what <see cref="Run"/> would change, and change
    /// nothing. A task that does not override it is only listed in the dry run.
    /// </summary>
    public virtual void DryRun(TContext context)
    {
    }

    private protected override Task RunCoreAsync(TContext context)
    {
        Run(context);
        return Task.CompletedTask;
    }

    private protected override Task DryRunCoreAsync(TContext context)
    {
        DryRun(context);
        return Task.CompletedTask;
    }
}

/// <summary>A synchronous task over the plain Cake context.</summary>
public abstract class BuildTask : BuildTask<ICakeContext>
{
}
