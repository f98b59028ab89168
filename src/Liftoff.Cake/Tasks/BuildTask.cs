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

    private protected override Task RunCoreAsync(TContext context)
    {
        Run(context);
        return Task.CompletedTask;
    }
}

/// <summary>A synchronous task over the plain Cake context.</summary>
public abstract class BuildTask : BuildTask<ICakeContext>
{
}
