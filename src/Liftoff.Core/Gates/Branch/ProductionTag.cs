using Liftoff.Git;
using Liftoff.Versioning;
using Semver;

namespace Liftoff.Gates.Branch;

/// <summary>
/// What production runs, for now: the highest stable release tag reachable from HEAD. The deployment ledger will
/// answer this later; until then a pre-release tag never counts, because pre-releases do not go to production.
/// </summary>
public static class ProductionTag
{
    /// <summary>The production release tag reachable from <paramref name="head"/>, or null when there is none yet.</summary>
    public static async Task<ReleaseTag?> FindAsync(IGitClient git, string tagPrefix, string head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        var tags = await git.TagsAsync(tagPrefix, head, cancellationToken).ConfigureAwait(false);
        return tags
            .Select(tag => ReleaseTag.TryParse(tag.Name, tagPrefix, tag.CommitSha))
            .OfType<ReleaseTag>()
            .Where(tag => !tag.Version.IsPrerelease)
            .OrderByDescending(tag => tag.Version, SemVersion.PrecedenceComparer)
            .ThenBy(tag => tag.Name, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
