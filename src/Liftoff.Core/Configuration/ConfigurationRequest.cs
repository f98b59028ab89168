namespace Liftoff.Configuration;

/// <summary>What the loader reads: a working directory, an optional file, the environment, arguments and code.</summary>
public sealed class ConfigurationRequest
{
    /// <summary>The file read when <see cref="ConfigPath"/> is not given.</summary>
    public const string DefaultFileName = "liftoff.json";

    /// <summary>The prefix of configuration variables; only names with <c>__</c> are configuration.</summary>
    public const string VariablePrefix = "LIFTOFF_";

    /// <summary>The directory <c>liftoff.json</c> and a relative <see cref="ConfigPath"/> are found in.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The file <c>--config</c> names; it must exist. Null reads <c>liftoff.json</c> if there is one.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The environment variables. Only <c>LIFTOFF_SECTION__KEY</c> ones are read as configuration.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Every <c>--name=value</c> argument. Only names with a <c>.</c> or <c>:</c> (<c>--github.owner=x</c>) are
    /// configuration; <c>--target</c>, <c>--verbosity</c> and other plain names belong to the host and the tasks.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; init; } = [];

    /// <summary>Adjustments by the build project's code, applied last.</summary>
    public IReadOnlyList<Action<LiftoffOptions>> Code { get; init; } = [];
}
