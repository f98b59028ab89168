using Cake.Core;

namespace Liftoff.Cake.Tasks;

/// <summary>
/// What the host needs from a task, whatever its context type. Derive from <see cref="BuildTask{TContext}"/> or
/// <see cref="AsyncBuildTask{TContext}"/> rather than implementing this directly.
/// </summary>
public interface IBuildTask
{
    /// <summary>The context type the task expects; the host checks the configured context is convertible to it.</summary>
    Type ContextType { get; }

    /// <summary>Why the last call to <see cref="ShouldRun"/> returned <see langword="false"/>, if it said.</summary>
    string? SkipReason { get; }

    /// <summary>Decides whether the task runs. Called by Cake's engine when the task is reached.</summary>
    bool ShouldRun(ICakeContext context);

    /// <summary>Runs the task's body.</summary>
    Task RunAsync(ICakeContext context);

    /// <summary>
    /// Runs the task's dry-run body under <c>--dryrun</c>: compute and print what would happen, change nothing.
    /// Only called for tasks that override it; other tasks are only listed.
    /// </summary>
    Task DryRunAsync(ICakeContext context);

    /// <summary>Handles an error thrown by the body. Only registered with Cake when the task overrides it.</summary>
    void OnError(Exception exception, ICakeContext context);

    /// <summary>Runs after the body, whether it failed or not. Only registered when the task overrides it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Finally is the name Cake and Cake.Frosting use; users expect it.")]
    void Finally(ICakeContext context);
}
