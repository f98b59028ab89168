using Liftoff.Changelog;
using Liftoff.Git;
using Liftoff.Versioning;
using Semver;

namespace Liftoff.Releasing;

/// <summary>
/// The release the release tasks work on: a new version computed from the commits, or, when there is nothing new
/// to release but HEAD already carries a release tag, that release again. The second case is how a release that
/// failed after its tag was made (before the push or the GitHub release) is finished by simply running it again.
/// </summary>
/// <param name="Version">The version.</param>
/// <param name="TagName">Its tag.</param>
/// <param name="Notes">The release notes, for the changelog and the GitHub release.</param>
/// <param name="Resumed">True when finishing a release whose tag is already at HEAD.</param>
public sealed record ReleaseTarget(SemVersion Version, string TagName, ReleaseNotes Notes, bool Resumed)
{
    /// <summary>The new release that <paramref name="next"/> describes.</summary>
    public static ReleaseTarget FromNext(NextVersionResult next, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.Version is null || next.TagName is null)
        {
            throw new ArgumentException("There is no next version to release.", nameof(next));
        }

        return new ReleaseTarget(next.Version, next.TagName, ReleaseNotesBuilder.Build(next, date), Resumed: false);
    }

    /// <summary>
    /// The release tagged at HEAD, with its notes rebuilt from the commits since the release before it; null when
    /// HEAD carries no release tag.
    /// </summary>
    public static async Task<ReleaseTarget?> AtHeadAsync(GitCli git, string tagPrefix, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(tagPrefix);
        var head = await git.HeadShaAsync(cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        var releases = await ReleaseTags.ListAsync(git, tagPrefix, head, cancellationToken).ConfigureAwait(false);
        var atHead = releases.FirstOrDefault(release => release.CommitSha.Equals(head, StringComparison.Ordinal));
        if (atHead is null)
        {
            return null;
        }

        var previous = releases.FirstOrDefault(release => SemVersion.ComparePrecedence(release.Version, atHead.Version) < 0
            && !release.CommitSha.Equals(head, StringComparison.Ordinal));
        var commits = new List<ConventionalCommit>();
        await foreach (var commit in git.CommitsAsync(previous?.CommitSha, head, cancellationToken).ConfigureAwait(false))
        {
            commits.Add(ConventionalCommitParser.Parse(commit));
        }

        var notes = ReleaseNotesBuilder.Build(atHead.Version.ToString(), atHead.Name, previous?.Name, date, commits);
        return new ReleaseTarget(atHead.Version, atHead.Name, notes, Resumed: true);
    }
}
