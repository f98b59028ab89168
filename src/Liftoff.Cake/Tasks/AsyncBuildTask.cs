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

    /// <summary>
    /// What the task does under <c>--dryrun</c>: compute and report what <see cref="RunAsync"/> would change, and
    /// change nothing. A task that does not override it is only listed in the dry run.
    /// </summary>
    public virtual Task DryRunAsync(TContext context) => Task.CompletedTask;

    private protected override Task RunCoreAsync(TContext context) => RunAsync(context);

    private protected override Task DryRunCoreAsync(TContext context) => DryRunAsync(context);
}

/// <summary>An asynchronous task over the plain Cake context.</summary>
public abstract class AsyncBuildTask : AsyncBuildTask<ICakeContext>
{
}
