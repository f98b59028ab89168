using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>An environment's deploy target: its type and the type's own settings.</summary>
public sealed class TargetOptions
{
    /// <summary>The kind of target. Default <see cref="TargetType.ReleasesDirectory"/>.</summary>
    [Description("The kind of target.")]
    public TargetType Type { get; set; } = TargetType.ReleasesDirectory;

    /// <summary>
    /// The target's own settings (for example <c>root</c>, <c>keep</c>, <c>branch</c>, <c>deploy</c>, <c>upstreamFile</c>).
    /// Free-form here; each target type checks its own keys when the target is built.
    /// </summary>
    [Description("The target's own settings, for example root, keep, branch, deploy or upstreamFile; each target type checks its own keys.")]
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For a <see cref="TargetType.Custom"/> target: the kind it was registered with in the build project, as in
    /// <c>services.AddDeployTarget&lt;MyTarget&gt;("kind")</c>. Required for a custom target; unused by the others.
    /// </summary>
    [Description("For a custom target: the kind it was registered with in the build project (AddDeployTarget<T>(\"kind\")).")]
    public string? Kind { get; set; }
}

/// <summary>The kinds of deploy target.</summary>
public enum TargetType
{
    /// <summary><c>releases/&lt;version&gt;/</c> plus a <c>current</c> symlink switched atomically.</summary>
    ReleasesDirectory,

    /// <summary>A commit on a GitHub Pages branch.</summary>
    GitHubPages,

    /// <summary>The user's own deploy, rollback and status commands.</summary>
    Command,

    /// <summary>A deploy target the build project registered in code; <see cref="TargetOptions.Kind"/> names it.</summary>
    Custom,

    /// <summary>A service in two slots (blue and green) behind nginx: blue-green or canary by upstream weights.</summary>
    NginxSlots,
}
