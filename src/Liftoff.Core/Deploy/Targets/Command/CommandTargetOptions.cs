using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.Command;

/// <summary>
/// Settings for <see cref="CommandTarget"/>: the user's own commands, each run with <c>/bin/sh -c</c> after
/// <c>{version}</c>, <c>{artifact}</c>, <c>{environment}</c> and <c>{url}</c> are replaced by shell-quoted values.
/// </summary>
public sealed class CommandTargetOptions
{
    /// <summary>The environment's name, for <c>{environment}</c>. Required.</summary>
    public required string Environment { get; init; }

    /// <summary>The environment's URL, for <c>{url}</c>; empty when null.</summary>
    public Uri? Url { get; init; }

    /// <summary>Deploys <c>{artifact}</c> (the archive's absolute path) as <c>{version}</c>. Required.</summary>
    public required string Deploy { get; init; }

    /// <summary>Serves <c>{version}</c> again. None by default: a rollback then fails with <see cref="DiagnosticCodes.CommandNotConfigured"/>.</summary>
    public string? Rollback { get; init; }

    /// <summary>
    /// Prints what is served: the version marker's JSON, or a release id on its first line. None by default: the
    /// target then reports nothing as current.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>How long each command may run before it is killed. Default 10 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The folder the commands run in; the process's current folder when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Receives each line the commands print, for the build log. None by default.</summary>
    public Action<string>? Output { get; init; }

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.DeployTargetInvalid"/>, listing each problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Environment))
        {
            problems.Add("environment must not be empty");
        }

        if (string.IsNullOrWhiteSpace(Deploy))
        {
            problems.Add("deploy must be a shell command");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"the timeout is {Timeout}; it must be positive");
        }

        if (problems.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.DeployTargetInvalid, ExitCodes.ConfigurationInvalid,
                "the command target is misconfigured: " + string.Join("; ", problems));
        }
    }
}
