namespace Liftoff.Deploy.Targets.Command;

/// <summary>How a shell command ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">What it printed, stdout and stderr interleaved as they arrived.</param>
/// <param name="Elapsed">How long it ran.</param>
public sealed record ShellCommandResult(int ExitCode, string Output, TimeSpan Elapsed);
