namespace Liftoff.Git;

/// <summary>
/// The git operations Liftoff needs, through the git command line. One instance works on one repository.
/// </summary>
public interface IGitClient
{
    /// <summary>The full sha of HEAD, or null when the current branch has no commits yet.</summary>
    /// <exception cref="Diagnostics.LiftoffException">git failed, for example outside a repository.</exception>
    Task<string?> HeadShaAsync(CancellationToken cancellationToken = default);

    /// <summary>The checked-out branch's short name, or null when HEAD is detached (as in many CI checkouts).</summary>
    /// <exception cref="Diagnostics.LiftoffException">git failed.</exception>
    Task<string?> CurrentBranchAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The tags whose names start with <paramref name="prefix"/>, each with the commit it points at, in no particular
    /// order (callers sort by version, never by date).
    /// </summary>
    /// <param name="prefix">The name prefix, for example <c>v</c>; empty for every tag.</param>
    /// <param name="mergedInto">Only tags reachable from this revision (for example HEAD's sha); null for all tags.</param>
    /// <param name="cancellationToken">Kills git and throws when cancelled.</param>
    /// <exception cref="Diagnostics.LiftoffException">git failed.</exception>
    Task<IReadOnlyList<GitTag>> TagsAsync(string prefix, string? mergedInto, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the commits reachable from <paramref name="toInclusive"/> but not from <paramref name="fromExclusive"/>, newest
    /// first, from one <c>git log</c> process read as it writes. Stopping early kills git.
    /// </summary>
    /// <param name="fromExclusive">The last released commit or tag; null for the whole history.</param>
    /// <param name="toInclusive">The revision to read up to, usually HEAD's sha.</param>
    /// <param name="cancellationToken">Kills git and throws when cancelled.</param>
    /// <exception cref="Diagnostics.LiftoffException">git failed; thrown once its output ends.</exception>
    IAsyncEnumerable<GitCommit> CommitsAsync(string? fromExclusive, string toInclusive, CancellationToken cancellationToken = default);
}
