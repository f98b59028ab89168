using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.Gates.Review;

/// <summary>
/// What production runs, for the gates that compare against it. For now that is the highest stable release tag
/// reachable from HEAD (pre-releases never reach production); the deployment ledger replaces this later.
/// </summary>
public static class ProductionRelease
{
    /// <summary>The highest stable <paramref name="tagPrefix"/>+SemVer tag reachable from <paramref name="headSha"/>, or null when there is none.</summary>
    public static async Task<ReleaseTag?> FindAsync(IGitClient git, string tagPrefix, string headSha, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        var tags = await git.TagsAsync(tagPrefix, headSha, cancellationToken).ConfigureAwait(false);
        return tags
            .Select(tag => ReleaseTag.TryParse(tag.Name, tagPrefix, tag.CommitSha))
            .OfType<ReleaseTag>()
            .Where(tag => !tag.Version.IsPrerelease)
            .OrderByDescending(tag => tag.Version, Comparer<Semver.SemVersion>.Create((a, b) => a.ComparePrecedenceTo(b)))
            .FirstOrDefault();
    }
}
