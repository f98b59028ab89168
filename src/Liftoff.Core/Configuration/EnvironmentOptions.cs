using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Liftoff.Configuration;

/// <summary>One environment: where it is, how it is deployed, and what must come before it.</summary>
public sealed class EnvironmentOptions
{
    /// <summary>The environment's name: its key in <c>environments</c>. Set by the loader, never read from the file.</summary>
    [JsonIgnore]
    public string Name { get; internal set; } = "";

    /// <summary>The URL the environment serves, read back by validation.</summary>
    [Description("The URL the environment serves, read back by validation.")]
    public Uri? Url { get; set; }

    /// <summary>How the environment is deployed.</summary>
    [Description("How the environment is deployed.")]
    public TargetOptions Target { get; set; } = new();

    /// <summary>Whether a deploy needs a confirmation. Default false (true for the default production).</summary>
    [Description("Whether a deploy needs a confirmation (a prompt, or --yes in CI).")]
    public bool Protected { get; set; }

    /// <summary>
    /// Whether a protected environment asks for confirmation. Default true. False lets a run without a terminal (CI)
    /// deploy to it without <c>--yes</c>.
    /// </summary>
    [Description("Whether a protected environment asks for confirmation; false lets CI deploy without --yes.")]
    public bool Confirm { get; set; } = true;

    /// <summary>The environment that must have validated the same artifact first, if any.</summary>
    [Description("The environment that must have validated the same artifact first.")]
    public string? PromotesFrom { get; set; }

    /// <summary>The stages <c>Deploy-&lt;Env&gt;</c> runs before the deploy when no <c>--artifact</c> is given.</summary>
    [Description("The stages Deploy-<Env> runs before the deploy when it makes its own artifact (no --artifact): gates, build, release.")]
    public PipelineStagesOptions Stages { get; set; } = new();

    /// <summary>The checks after a deploy.</summary>
    [Description("The checks after a deploy.")]
    public ValidationOptions Validation { get; set; } = new();

    /// <summary>This environment's own webhook, template and events.</summary>
    [Description("This environment's own webhook, template and events.")]
    public EnvironmentNotificationsOptions Notifications { get; set; } = new();

    internal static OrderedDictionary<string, EnvironmentOptions> CreateDefaults() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["test"] = new() { Name = "test", Stages = new() { Release = false } },
        ["staging"] = new() { Name = "staging", PromotesFrom = "test", Stages = new() { Release = false } },
        ["production"] = new() { Name = "production", PromotesFrom = "staging", Protected = true },
    };
}
