using Liftoff.Versioning;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// What the release tasks of one run share: the version computed by <c>Next-Version</c>, read by the changelog,
/// the bump, the tag and the GitHub release, so that they all agree on one answer.
/// </summary>
public sealed class ReleaseRun
{
    /// <summary>The channel the branch is on.</summary>
    public ReleaseChannel? Channel { get; set; }

    /// <summary>The next version, once computed.</summary>
    public NextVersionResult? Next { get; set; }
}
