using System.Globalization;
using Cake.Core;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// The parts shared by the sync and async task bases: the typed context and the skip reason.
/// </summary>
/// <typeparam name="TContext">The context the task runs with.</typeparam>
public abstract class BuildTaskBase<TContext> : IBuildTask
    where TContext : ICakeContext
{
    /// <inheritdoc />
    public Type ContextType => typeof(TContext);

    /// <inheritdoc />
    public string? SkipReason { get; private set; }

    /// <summary>
    /// Decides whether the task runs. Return <see cref="Skip(string)"/> to skip with a reason the report shows.
    /// The default runs the task.
    /// </summary>
    public virtual bool ShouldRun(TContext context) => true;

    /// <summary>Handles an error thrown by the body. Override it to recover; rethrow to fail the run.</summary>
    public virtual void OnError(Exception exception, TContext context)
    {
    }

    /// <summary>Runs after the body whether it failed or not, for example to release a lock.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Finally is the name Cake and Cake.Frosting use; users expect it.")]
    public virtual void Finally(TContext context)
    {
    }

    /// <summary>Records why the task is skipped, and returns <see langword="false"/> for <see cref="ShouldRun(TContext)"/>.</summary>
    protected bool Skip(string reason)
    {
        SkipReason = reason;
        return false;
    }

    bool IBuildTask.ShouldRun(ICakeContext context)
    {
        SkipReason = null;
        var run = ShouldRun(Cast(context));
        if (!run && SkipReason is null)
        {
            SkipReason = string.Create(CultureInfo.InvariantCulture, $"{GetType().Name}.ShouldRun returned false");
        }

        return run;
    }

    Task IBuildTask.RunAsync(ICakeContext context) => RunCoreAsync(Cast(context));

    Task IBuildTask.DryRunAsync(ICakeContext context) => DryRunCoreAsync(Cast(context));

    void IBuildTask.OnError(Exception exception, ICakeContext context) => OnError(exception, Cast(context));

    void IBuildTask.Finally(ICakeContext context) => Finally(Cast(context));

    private protected abstract Task RunCoreAsync(TContext context);

    private protected abstract Task DryRunCoreAsync(TContext context);

    private static TContext Cast(ICakeContext context) => context is TContext typed
        ? typed
        : throw new InvalidOperationException(
            $"The task needs a context of type {typeof(TContext).FullName} but the host provided {context.GetType().FullName}.");
}
