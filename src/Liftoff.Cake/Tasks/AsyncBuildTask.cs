using Cake.Core;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// An asynchronous task, the counterpart of Cake.Frosting's <c>AsyncFrostingTask&lt;TContext&gt;</c>.
/// Prefer it for anything that does I/O.
/// </summary>
/// <typeparam name="TContext">The context the task runs with.</typeparam>
public abstract class AsyncBuildTask<TContext> : BuildTaskBase<TContext>
    where TContext : ICakeContext
{
    /// <summary>The task's body.</summary>
    public virtual Task RunAsync(TContext context) => Task.CompletedTask;

    private protected override Task RunCoreAsync(TContext context) => RunAsync(context);
}

/// <summary>An asynchronous task over the plain Cake context.</summary>
public abstract class AsyncBuildTask : AsyncBuildTask<ICakeContext>
{
}
