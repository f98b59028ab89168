using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Engine;

/// <summary>
/// The <c>stages</c> setting: tasks switched off by name. The host turns each into a Cake criteria that is false,
/// registered before the task's own <c>ShouldRun</c>, so it works the same for Liftoff's tasks, tasks made from
/// configuration (<c>Deploy-Production</c>) and the consumer's own, and the report shows the setting as the reason.
/// </summary>
internal static class StageSwitches
{
    /// <summary>The reason for each task switched off, by task name.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.StageUnknown"/> when a name matches no task.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(LoadedConfiguration configuration, TaskCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(catalog);
        var switchedOff = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        foreach (var (name, enabled) in configuration.Options.Stages)
        {
            if (catalog.Find(name) is not { } definition)
            {
                unknown.Add(string.Create(CultureInfo.InvariantCulture,
                    $"stages.{name}{Where(configuration, name)}: no task is named '{name}'.{TargetSuggestions.DidYouMean(name, catalog.Names)}"));
            }
            else if (!enabled)
            {
                switchedOff[definition.Name] = string.Create(CultureInfo.InvariantCulture,
                    $"switched off in configuration: stages.{definition.Name} is false{Where(configuration, name)}");
            }
        }

        return unknown.Count == 0
            ? switchedOff
            : throw new LiftoffException(DiagnosticCodes.StageUnknown, ExitCodes.ConfigurationInvalid,
                $"{string.Join(" ", unknown)} Run with --tree to list the tasks.");
    }

    // Check-Config shows the map as one setting, so its source is the source of the key that set it last.
    private static string Where(LoadedConfiguration configuration, string name)
    {
        var source = Find(configuration, "stages." + name) ?? Find(configuration, "stages");
        return source is null || source.Kind == ValueSourceKind.Default ? "" : $" ({source})";
    }

    private static ValueSource? Find(LoadedConfiguration configuration, string key) =>
        configuration.Sources.FirstOrDefault(pair => string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
