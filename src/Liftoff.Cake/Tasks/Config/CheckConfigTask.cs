using Cake.Core;
using Liftoff.Configuration;

namespace Liftoff.Cake.Tasks.Config;

/// <summary>
/// Prints the effective configuration, secrets redacted, with the layer each value came from. Validation itself
/// happens when the host starts, before any task, so a broken configuration never reaches this task: the host
/// exits with code 3 and lists every problem.
/// </summary>
[TaskName(Name)]
[TaskDescription("Validates liftoff.json, LIFTOFF_* variables and --section.key arguments, and prints the effective configuration with each value's source.")]
public sealed class CheckConfigTask(LoadedConfiguration configuration, IConsole console) : BuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Check-Config";

    /// <inheritdoc />
    public override void Run(ICakeContext context)
    {
        console.WriteLine(configuration.File is null
            ? $"Configuration: no {ConfigurationRequest.DefaultFileName}; defaults, variables and arguments only"
            : $"Configuration: {configuration.File}");
        foreach (var line in configuration.Describe())
        {
            console.WriteLine(line);
        }

        console.WriteLine("Configuration is valid.");
    }
}
