using Liftoff.Git;
using Semver;

namespace Liftoff.Versioning;

/// <summary>
/// The release tags of a repository (prefix + SemVer 2.0), ordered by version, never by date. One place for the
/// lookup the version calculator, the resume of a release, the build's version and the gates all make.
/// </summary>
public static class ReleaseTags
{
    /// <summary>
    /// Release tags reachable from <paramref name="mergedInto"/> (all of them when null), highest version first; of
    /// two with the same precedence (v1.0.0 and v1.0.0+build) the first name wins. Other tags are left out.
    /// </summary>
    public static async Task<IReadOnlyList<ReleaseTag>> ListAsync(
        IGitClient git, string prefix, string? mergedInto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(prefix);
        var tags = await git.TagsAsync(prefix, mergedInto, cancellationToken).ConfigureAwait(false);
        return [.. Highest(tags.Select(tag => ReleaseTag.TryParse(tag.Name, prefix, tag.CommitSha)).OfType<ReleaseTag>())];
    }

    /// <summary>
    /// What production runs, until the deployment ledger answers it: the highest stable release tag reachable from
    /// <paramref name="head"/> (pre-releases never go to production), or null when there is none yet.
    /// </summary>
    public static async Task<ReleaseTag?> ProductionAsync(IGitClient git, string prefix, string head, CancellationToken cancellationToken = default) =>
        (await ListAsync(git, prefix, head, cancellationToken).ConfigureAwait(false)).FirstOrDefault(tag => !tag.Version.IsPrerelease);

    /// <summary>Orders release tags highest version first, by SemVer precedence, then by name.</summary>
    public static IOrderedEnumerable<ReleaseTag> Highest(IEnumerable<ReleaseTag> tags) =>
        tags.OrderByDescending(tag => tag.Version, SemVersion.PrecedenceComparer).ThenBy(tag => tag.Name, StringComparer.Ordinal);
}
