using Liftoff.Configuration.Loading;
using Liftoff.Configuration.Model;
using Liftoff.Configuration.Validation;
using Liftoff.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace Liftoff.Configuration;

/// <summary>
/// Loads <see cref="LiftoffOptions"/> from its layers, lowest first: defaults, the file, <c>LIFTOFF_SECTION__KEY</c>
/// variables, <c>--section.key=value</c> arguments, then code. Everything is validated before binding and every
/// problem is reported at once in a <see cref="ConfigurationException"/>.
/// </summary>
public static class ConfigurationLoader
{
    /// <summary>Loads and validates the configuration.</summary>
    /// <exception cref="ConfigurationException">The configuration is invalid; the message lists every problem.</exception>
    public static LoadedConfiguration Load(ConfigurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ConfigurationProblem>();
        var file = FileLayer.Open(request, problems);

        var defaults = new MemoryConfigurationProvider(new MemoryConfigurationSource());
        var variables = VariableLayer(request.Environment);
        var arguments = ArgumentLayer(request.Arguments);
        var providers = new List<IConfigurationProvider> { defaults };
        var layers = new List<ConfigurationLayer> { new(ValueSourceKind.Default, _ => "") };
        if (file?.Provider is { } json)
        {
            providers.Add(json);
            layers.Add(new(ValueSourceKind.File, file.Describe, file.Scan.LineOf));
        }

        providers.Add(variables.Provider);
        layers.Add(new(ValueSourceKind.Environment, key => variables.Names.GetValueOrDefault(key, ConfigurationRequest.VariablePrefix + key.Replace(":", "__", StringComparison.Ordinal))));
        providers.Add(arguments.Provider);
        layers.Add(new(ValueSourceKind.Argument, key => arguments.Names.GetValueOrDefault(key, "--" + ConfigurationPaths.ToDisplay(key))));

        var root = new ConfigurationRoot(providers);
        for (var i = 1; i < layers.Count; i++)
        {
            layers[i].Attach(providers[i]);
        }

        var upper = layers.Skip(1).ToList();
        foreach (var setting in DefaultSettings(file?.Scan.EnvironmentOrder is not null, upper))
        {
            defaults.Set(setting.Key, setting.Value);
        }

        layers[0].Attach(defaults);
        var layerSet = new LayerSet(layers);
        problems.AddRange(new ConfigurationValidator(layerSet.OriginOf).Validate(root));
        if (problems.Count > 0)
        {
            // The file's problems in line order, as an editor shows them; then variables and arguments.
            throw new ConfigurationException([.. problems.OrderBy(problem => problem.Line ?? int.MaxValue)]);
        }

        var options = Bind(root, file?.Scan.EnvironmentOrder);
        var setByCode = ApplyCode(options, request.Code, layerSet);
        var sources = layerSet.SourcesOf(OptionsFlattener.Flatten(options, forPeople: true), setByCode);
        var environment = request.Environment;
        return new LoadedConfiguration(options, sources, file?.FullPath, name => environment.GetValueOrDefault(name));
    }

    // Validation mirrors what the binder accepts, so this is a safety net: a binder failure still ends as exit code 3
    // with a message, never as a crash.
    private static LiftoffOptions Bind(IConfiguration root, IReadOnlyList<string>? order)
    {
        try
        {
            return OptionsBinder.Bind(root, order);
        }
        catch (InvalidOperationException error)
        {
            throw new ConfigurationException([new(DiagnosticCodes.ConfigurationWrongType, "configuration", "", null, error.Message)]);
        }
    }

    // The defaults layer holds every default except collections a higher layer replaces: configuration merges arrays
    // index by index, so a file's ["main"] over a default ["main", "master"] would otherwise keep "master". A file
    // that declares environments replaces the default three; a variable or argument only adjusts them by name.
    private static IEnumerable<FlatSetting> DefaultSettings(bool fileHasEnvironments, List<ConfigurationLayer> upper) =>
        OptionsFlattener.Flatten(new LiftoffOptions())
            .Where(setting => setting is { Value: not null, EmptyCollection: false })
            .Where(setting => !(fileHasEnvironments && setting.Key.StartsWith("environments:", StringComparison.OrdinalIgnoreCase)))
            .Where(setting => CollectionRoot(setting.Key) is not { } collection || !upper.Any(layer => layer.HoldsAnythingUnder(collection)));

    private static string? CollectionRoot(string key)
    {
        var segments = key.Split(':');
        var index = Array.FindIndex(segments, segment => segment.All(char.IsAsciiDigit));
        return index <= 0 ? null : string.Join(':', segments[..index]);
    }

    private static HashSet<string> ApplyCode(LiftoffOptions options, IReadOnlyList<Action<LiftoffOptions>> code, LayerSet layers)
    {
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (code.Count == 0)
        {
            return changed;
        }

        var before = OptionsFlattener.Flatten(options).ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var adjust in code)
        {
            adjust(options);
        }

        OptionsBinder.NameEnvironments(options);
        var after = OptionsFlattener.Flatten(options);
        changed.UnionWith(after.Where(s => !before.TryGetValue(s.Key, out var old) || old != s.Value).Select(s => s.Key));

        // Code can set anything, so its result is validated by the same rules, through a configuration of itself.
        var data = after.Where(s => !s.EmptyCollection && s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value));
        var again = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        var problems = new ConfigurationValidator(key => changed.Contains(key) ? new("code", ValueSourceKind.Code) : layers.OriginOf(key))
            .Validate(again);
        return problems.Count > 0 ? throw new ConfigurationException(problems) : changed;
    }

    private static (IConfigurationProvider Provider, Dictionary<string, string> Names) VariableLayer(IReadOnlyDictionary<string, string?> environment)
    {
        // Only LIFTOFF_SECTION__KEY is configuration: the host also reads plain LIFTOFF_NAME as argument fallbacks.
        var names = environment
            .Where(pair => pair.Key.StartsWith(ConfigurationRequest.VariablePrefix, StringComparison.OrdinalIgnoreCase)
                && pair.Key.Contains("__", StringComparison.Ordinal) && pair.Value is not null)
            .ToDictionary(pair => pair.Key[ConfigurationRequest.VariablePrefix.Length..].Replace("__", ":", StringComparison.Ordinal), pair => pair.Key, StringComparer.OrdinalIgnoreCase);
        var data = names.Select(pair => KeyValuePair.Create(pair.Key, environment[pair.Value]));
        return (new MemoryConfigurationProvider(new MemoryConfigurationSource { InitialData = data }), names);
    }

    private static (IConfigurationProvider Provider, Dictionary<string, string> Names) ArgumentLayer(IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var config = arguments.Where(pair => pair.Key.Contains('.', StringComparison.Ordinal) || pair.Key.Contains(':', StringComparison.Ordinal)).ToList();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _) in config)
        {
            names[name.Replace('.', ':')] = "--" + name;
        }

        var args = config.Select(pair => $"--{pair.Key.Replace('.', ':')}={pair.Value}").ToArray();
        return (new CommandLineConfigurationProvider(args), names);
    }

    /// <summary>The file layer: the JSON provider over the file, plus the scan that knows lines and order.</summary>
    private sealed class FileLayer
    {
        public required string FullPath { get; init; }

        public required string Display { get; init; }

        public required JsonFileScan Scan { get; init; }

        public IConfigurationProvider? Provider { get; init; }

        public string Describe(string key) => Scan.LineOf(key) is { } line ? $"{Display}:{line}" : Display;

        public static FileLayer? Open(ConfigurationRequest request, List<ConfigurationProblem> problems)
        {
            var path = Path.GetFullPath(request.ConfigPath ?? ConfigurationRequest.DefaultFileName, request.WorkingDirectory);
            if (!File.Exists(path))
            {
                if (request.ConfigPath is not null)
                {
                    problems.Add(new(DiagnosticCodes.ConfigurationFileMissing, "argument --config", "", $"\"{request.ConfigPath}\"",
                        $"no file at '{path}': expected a JSON file (or no --config, to read {ConfigurationRequest.DefaultFileName} if present)."));
                }

                return null;
            }

            var display = request.ConfigPath ?? ConfigurationRequest.DefaultFileName;
            var bytes = File.ReadAllBytes(path);
            var scan = JsonFileScan.Read(bytes, display);
            problems.AddRange(scan.Problems);

            // A file that is not JSON would only make the JSON provider throw; leave it out so the other layers are
            // still checked.
            var provider = scan.Json is null ? null
                : new JsonStreamConfigurationProvider(new JsonStreamConfigurationSource { Stream = new MemoryStream(scan.Json) });
            return new FileLayer { FullPath = path, Display = display, Scan = scan, Provider = provider };
        }
    }
}
