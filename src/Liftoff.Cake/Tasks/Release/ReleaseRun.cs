using Liftoff.Releasing;
using Liftoff.Versioning;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// What the release tasks of one run share, so they agree on one answer: the channel and version computed by
/// <c>Next-Version</c>, the release being made (or resumed), and the files the changelog and bump changed, which
/// the release commit takes.
/// </summary>
public sealed class ReleaseRun
{
    /// <summary>The channel the branch is on.</summary>
    public ReleaseChannel? Channel { get; set; }

    /// <summary>The next version, once computed.</summary>
    public NextVersionResult? Next { get; set; }

    /// <summary>The release to make or finish; null when there is nothing to release.</summary>
    public ReleaseTarget? Target { get; set; }

    /// <summary>The origin's URL, for links and the GitHub repository; null without an origin.</summary>
    public string? OriginUrl { get; set; }

    /// <summary>Whether <see cref="ReleasePreflight"/> has passed in this run.</summary>
    public bool Checked { get; set; }

    /// <summary>Files changed by this release, relative to the repository root.</summary>
    public IList<string> ChangedFiles { get; } = [];
}
