namespace Liftoff.Building;

/// <summary>How one build command ended.</summary>
/// <param name="CommandLine">The command as run, with <c>{output}</c> filled in.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">What it printed, stdout and stderr interleaved as they arrived.</param>
/// <param name="Elapsed">How long it ran.</param>
public sealed record BuildCommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed);
