using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Liftoff.Configuration;

/// <summary>
/// Everything <c>liftoff.json</c> can say, one section per capability. Every property has a documented default, so no
/// file at all is a valid configuration. Adding a setting is one property with a default and a
/// <see cref="DescriptionAttribute"/>: binding, validation, the schema and <c>Check-Config</c> follow from the type.
/// </summary>
[Description("Liftoff's configuration: liftoff.json at the repository root.")]
public sealed class LiftoffOptions
{
    /// <summary>Versioning, changelog, bump files, release commit and tag.</summary>
    [Description("Versioning, changelog, bump files, release commit and tag.")]
    public ReleaseOptions Release { get; set; } = new();

    /// <summary>The GitHub API, repository and token.</summary>
    [Description("The GitHub API, repository and token.")]
    [JsonPropertyName("github")]
    public GitHubOptions GitHub { get; set; } = new();

    /// <summary>The checks that must pass before a deploy.</summary>
    [Description("The checks that must pass before a deploy.")]
    public GatesOptions Gates { get; set; } = new();

    /// <summary>The production build and its budgets.</summary>
    [Description("The production build and its budgets.")]
    public BuildOptions Build { get; set; } = new();

    /// <summary>
    /// The environments in promotion order, keyed by name. The default is test → staging → production. In the file
    /// this is a JSON object so that <c>LIFTOFF_ENVIRONMENTS__PRODUCTION__URL</c> can address one by name; its order
    /// is the order of the keys in the file (new names from variables or arguments come last).
    /// </summary>
    [Description("The environments in promotion order, keyed by name (test, staging, production by default). The order is the order of the keys in the file.")]
    public OrderedDictionary<string, EnvironmentOptions> Environments { get; set; } = EnvironmentOptions.CreateDefaults();

    /// <summary>Where a run reports its outcome.</summary>
    [Description("Where a run reports its outcome.")]
    public NotificationsOptions Notifications { get; set; } = new();

    /// <summary>The deployment ledger: what went where.</summary>
    [Description("The deployment ledger: what went where.")]
    public LedgerOptions Ledger { get; set; } = new();

    /// <summary>The per-environment deploy lock.</summary>
    [Description("The per-environment deploy lock.")]
    public LocksOptions Locks { get; set; } = new();

    /// <summary>
    /// Tasks switched off by name, for example <c>{ "Check-Backlog": false }</c>. A task switched off is skipped with
    /// this setting as the reason (its dependencies still run); <c>true</c> changes nothing. Any task can be named,
    /// your own included; an unknown name is a configuration error. Default: none switched off.
    /// </summary>
    [Description("Tasks switched off by name, for example { \"Check-Backlog\": false }: skipped with this setting as the reason. Any task, your own included.")]
    public Dictionary<string, bool> Stages { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
