using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>A command run by the shell, for example an end-to-end suite against <c>{url}</c>.</summary>
public sealed class CommandCheckOptions
{
    /// <summary>The check's name in reports. Default: the command.</summary>
    [Description("The check's name in reports (default: the command).")]
    public string? Name { get; set; }

    /// <summary>The command line; <c>{url}</c> is replaced by the environment URL.</summary>
    [Description("The command line; {url} is replaced by the environment URL.")]
    public string Command { get; set; } = "";

    /// <summary>Seconds the command may run before it is stopped and fails. Default 300.</summary>
    [Description("Seconds the command may run before it is stopped and fails.")]
    [Range(0.1, 86400.0)]
    public double TimeoutSeconds { get; set; } = 300;
}
