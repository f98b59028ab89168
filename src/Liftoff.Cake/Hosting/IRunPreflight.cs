using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// A check the host runs after the configuration is loaded and before the first task, so that a run bound to be
/// refused later is refused before any task has changed anything. Not called for a dry run. A
/// <see cref="Diagnostics.LiftoffException"/> it throws ends the run with its message and exit code.
/// </summary>
public interface IRunPreflight
{
    /// <summary>Throws when the run must not start.</summary>
    Task CheckAsync(ICakeContext context);
}
