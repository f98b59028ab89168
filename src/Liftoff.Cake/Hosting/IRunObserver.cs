using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Told when a run's targets start and when they have ended, before the host prints its closing line, so that what an
/// observer writes (a summary, CI files) comes before the line that says how the run ended. Not called for a dry run,
/// which changes nothing. An observer that throws is reported as a warning; it never changes the exit code.
/// </summary>
public interface IRunObserver
{
    /// <summary>Before the first task runs.</summary>
    Task RunStartingAsync(ICakeContext context);

    /// <summary>After the last task ran (or failed), before the closing line.</summary>
    Task RunFinishedAsync(ICakeContext context, RunOutcome outcome);
}

/// <summary>How a run ended, for <see cref="IRunObserver"/>s.</summary>
/// <param name="Targets">The targets asked for.</param>
/// <param name="ExitCode">The exit code the host will return.</param>
/// <param name="Failure">The first line of the error that ended the run; null when it succeeded.</param>
/// <param name="Duration">How long the targets took.</param>
public sealed record RunOutcome(IReadOnlyList<string> Targets, int ExitCode, string? Failure, TimeSpan Duration)
{
    /// <summary>True when the run succeeded.</summary>
    public bool Succeeded => ExitCode == 0;
}
