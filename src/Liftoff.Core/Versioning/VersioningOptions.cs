namespace Liftoff.Versioning;

/// <summary>
/// How the next version is found. A plain bag of settings: the configuration layer fills it, and
/// <see cref="NextVersionCalculator"/> checks it, reporting every problem at once.
/// </summary>
public sealed record VersioningOptions
{
    /// <summary>The prefix of release tags; other tags are ignored. Default <c>v</c>; may be empty.</summary>
    public string TagPrefix { get; init; } = "v";

    /// <summary>The version of the first release, when no release tag is reachable. Default <c>1.0.0</c>.</summary>
    public string FirstVersion { get; init; } = "1.0.0";

    /// <summary>Whether a breaking change bumps the minor, not the major, while the major is 0. Default false.</summary>
    public bool BumpMinorPreMajor { get; init; }

    /// <summary>
    /// The pre-release channel's identifier, for example <c>beta</c> (giving <c>2.0.0-beta.1</c>, then <c>.2</c>);
    /// null for the stable channel, where pre-release tags are ignored. Default null.
    /// </summary>
    public string? PrereleaseId { get; init; }

    /// <summary>
    /// The range a maintenance branch may release in, for example <c>1.x</c> or <c>1.4.x</c> (npm range syntax);
    /// null for no limit. Default null.
    /// </summary>
    public string? MaintenanceRange { get; init; }

    /// <summary>
    /// A version to release instead of the computed one (the <c>--version</c> argument), even when no commit is
    /// releasable; it must be SemVer 2.0 and, on a maintenance branch, inside the range. Default null.
    /// </summary>
    public string? VersionOverride { get; init; }

    /// <summary>The branch name shown in results and errors; read from git when null. Default null.</summary>
    public string? Branch { get; init; }

    /// <summary>The release rules. Default <see cref="ReleaseRules.Default"/>, semantic-release's.</summary>
    public ReleaseRules Rules { get; init; } = ReleaseRules.Default;
}
