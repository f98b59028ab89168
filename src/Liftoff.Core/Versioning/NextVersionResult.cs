using Semver;

namespace Liftoff.Versioning;

/// <summary>The next version and why, or why there is none.</summary>
public sealed record NextVersionResult
{
    /// <summary>The next version; null when nothing is releasable.</summary>
    public SemVersion? Version { get; init; }

    /// <summary>The tag the release would get (prefix + version); null when nothing is releasable.</summary>
    public string? TagName { get; init; }

    /// <summary>The release type the commits asked for, after <see cref="VersioningOptions.BumpMinorPreMajor"/>.</summary>
    public ReleaseType Bump { get; init; }

    /// <summary>The release the commits were counted from (the channel's latest tag reachable from HEAD); null for the first release.</summary>
    public ReleaseTag? LastRelease { get; init; }

    /// <summary>The branch released from.</summary>
    public required string Branch { get; init; }

    /// <summary>
    /// The commits since <see cref="LastRelease"/>, newest first, parsed; a commit and its revert that are both in the
    /// range are left out, as semantic-release leaves them out.
    /// </summary>
    public IReadOnlyList<ConventionalCommit> Commits { get; init; } = [];

    /// <summary>The commits counted per kind: releasing kinds first, from the most significant.</summary>
    public IReadOnlyList<CommitCount> Counts { get; init; } = [];

    /// <summary>The explanation, for example <c>minor: 2 feat, 1 fix</c> or <c>no release: no commits since v1.2.3</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>Whether there is something to release.</summary>
    public bool IsRelease => Version is not null;

    /// <summary>For example <c>1.5.0 (minor: 2 feat, 1 fix)</c> or <c>none (no release: …)</c>.</summary>
    public override string ToString() => $"{(Version is null ? "none" : Version.ToString())} ({Reason})";
}
