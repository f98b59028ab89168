using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.CommandLine;
using Liftoff.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Liftoff.Cake.Configuration;

/// <summary>Registers the configuration services and loads the configuration for one run of the host.</summary>
internal static class HostConfiguration
{
    public static void AddConfiguration(IServiceCollection services)
    {
        services.TryAddSingleton<ConfigurationHolder>();
        services.TryAddSingleton(provider => provider.GetRequiredService<ConfigurationHolder>().Loaded);
        services.TryAddSingleton(provider => provider.GetRequiredService<LoadedConfiguration>().Options);
    }

    /// <summary>
    /// Loads and validates the configuration, before any task or context is built. <c>--tree</c> and
    /// <c>--description</c> only list targets, so an invalid configuration does not stop them: they fall back to the
    /// defaults with a warning. Every other mode stops with every problem listed (exit code 3).
    /// </summary>
    public static void Load(IServiceProvider provider, ParsedCommandLine commandLine, IReadOnlyList<Action<LiftoffOptions>> code)
    {
        var environment = provider.GetRequiredService<ICakeEnvironment>();
        IDictionary<string, string> variables = environment.GetEnvironmentVariables();
        var request = new ConfigurationRequest
        {
            WorkingDirectory = environment.WorkingDirectory.FullPath,
            ConfigPath = commandLine.Arguments["config"].LastOrDefault() ?? (variables.TryGetValue("LIFTOFF_CONFIG", out var configured) ? configured : null),
            Environment = variables.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal),
            Arguments = commandLine.Arguments.SelectMany(group => group.Select(value => KeyValuePair.Create(group.Key, value))).ToList(),
            Code = code,
        };

        var holder = provider.GetRequiredService<ConfigurationHolder>();
        try
        {
            holder.Loaded = ConfigurationLoader.Load(request);
        }
        catch (ConfigurationException error) when (commandLine.Tree || commandLine.Description)
        {
            provider.GetRequiredService<ICakeLog>().Warning(
                "The configuration is invalid ({0} problems); listing the targets of the default configuration. Run a target to see every problem.",
                error.Problems.Count);
            holder.Loaded = LoadedConfiguration.Defaults();
        }
    }
}
