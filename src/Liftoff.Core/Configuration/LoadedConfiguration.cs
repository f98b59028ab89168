using Liftoff.Configuration.Model;

namespace Liftoff.Configuration;

/// <summary>The validated options and where each value came from, for tasks and for <c>Check-Config</c>.</summary>
public sealed class LoadedConfiguration
{
    internal LoadedConfiguration(LiftoffOptions options, IReadOnlyDictionary<string, ValueSource> sources, string? file, Func<string, string?> environment)
    {
        Options = options;
        Sources = sources;
        File = file;
        Environment = environment;
    }

    /// <summary>The defaults alone, every value marked as a default.</summary>
    public static LoadedConfiguration Defaults(string? file = null) =>
        new(new LiftoffOptions(), new Dictionary<string, ValueSource>(), file, _ => null);

    /// <summary>The effective options.</summary>
    public LiftoffOptions Options { get; }

    /// <summary>The source of every setting, by key as <c>Check-Config</c> prints it (<c>release.tagPrefix</c>).</summary>
    public IReadOnlyDictionary<string, ValueSource> Sources { get; }

    /// <summary>The file that was read, if any.</summary>
    public string? File { get; }

    /// <summary>The environment the configuration was read with, to resolve <c>env:NAME</c> secrets.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Every setting as <c>path = value (source)</c> lines, with secrets redacted, in declaration order.</summary>
    public IReadOnlyList<string> Describe()
    {
        var settings = OptionsFlattener.Flatten(Options, forPeople: true);
        var width = settings.Max(setting => setting.DisplayPath.Length);
        return settings.Select(setting =>
        {
            var value = setting.EmptyCollection ? "[]"
                : string.IsNullOrEmpty(setting.Value) ? "(not set)"
                : setting.Secret ? Secrets.Redact(setting.Value)
                : setting.Value;
            var source = Sources.TryGetValue(setting.DisplayPath, out var found) ? found : ValueSource.Default;
            return $"{setting.DisplayPath.PadRight(width)} = {value}  ({source})";
        }).ToList();
    }
}
