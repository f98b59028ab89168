using System.Globalization;
using Liftoff.Versioning;
using Semver;

namespace Liftoff.Releasing;

/// <summary>
/// The version to stamp on what a run builds, such as NuGet packages, from what <c>Next-Version</c> found. First match
/// wins:
/// <list type="number">
/// <item>the release this run makes or finishes (the computed next version, or the release tag at HEAD);</item>
/// <item>with nothing to release, a development pre-release: the last release with its patch raised, then
/// <c>-dev.&lt;commits since it&gt;</c> (<c>1.4.1-dev.3</c> after <c>1.4.0</c>); after a pre-release tag,
/// <c>.dev.&lt;commits&gt;</c> is appended (<c>1.5.0-beta.2.dev.3</c>); before the first release,
/// <c>0.0.0-dev.&lt;commits&gt;</c>.</item>
/// </list>
/// A development version sorts after the release it follows and before the next one, and never equals a released
/// version, so a development package can never be mistaken for, or cached as, a release.
/// </summary>
public static class BuildVersion
{
    /// <summary>The version for a run whose <c>Next-Version</c> produced <paramref name="next"/> and <paramref name="target"/>.</summary>
    /// <param name="target">The release being made or finished; null when there is nothing to release.</param>
    /// <param name="next">The next-version result, for the last release and the commits since it.</param>
    public static SemVersion For(ReleaseTarget? target, NextVersionResult next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (target is not null)
        {
            return target.Version.WithoutMetadata();
        }

        var commits = next.Commits.Count;
        var last = next.LastRelease?.Version.WithoutMetadata();
        if (last is null)
        {
            return SemVersion.ParsedFrom(0, 0, 0, string.Create(CultureInfo.InvariantCulture, $"dev.{commits}"));
        }

        var height = commits.ToString(CultureInfo.InvariantCulture);
        return last.IsPrerelease
            ? last.WithPrerelease(last.PrereleaseIdentifiers.Select(identifier => identifier.Value).Append("dev").Append(height))
            : last.WithPatch(last.Patch + 1).WithPrerelease("dev", height);
    }

    /// <summary>Whether <paramref name="version"/> is a development version made by <see cref="For"/>.</summary>
    public static bool IsDevelopment(SemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.PrereleaseIdentifiers.Any(identifier => identifier.Value == "dev");
    }
}
