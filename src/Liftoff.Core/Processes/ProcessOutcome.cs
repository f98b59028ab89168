namespace Liftoff.Processes;

/// <summary>What a finished (or killed) process did. Each captured line ends with <c>\n</c>.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/>.</param>
/// <param name="Output">stdout and stderr interleaved in the order the lines arrived.</param>
/// <param name="StandardOutput">stdout alone.</param>
/// <param name="StandardError">stderr alone.</param>
/// <param name="TimedOut">True when the timeout killed the tree.</param>
/// <param name="Elapsed">From start to exit (or to the kill), by the request's clock.</param>
internal sealed record ProcessOutcome(
    int ExitCode, string Output, string StandardOutput, string StandardError, bool TimedOut, TimeSpan Elapsed);
