namespace Liftoff.Versioning;

/// <summary>
/// Drops each revert together with the commit it reverts when both are in the range read, as commit-analyzer does
/// with conventional-commits-filter: a feature added and reverted since the last release releases nothing.
/// A revert whose target is older than the range stays, and releases a patch.
/// </summary>
internal static class RevertedPairs
{
    /// <summary>Filters commits listed newest first, as <c>git log</c> gives them.</summary>
    /// <returns>The commits kept, in the same order, and how many were dropped (two per pair).</returns>
    public static (List<ConventionalCommit> Kept, int Dropped) Remove(IReadOnlyList<ConventionalCommit> newestFirst)
    {
        var pending = new List<int>();
        var dropped = new HashSet<int>();
        for (var index = 0; index < newestFirst.Count; index++)
        {
            var commit = newestFirst[index];
            var revert = pending.FindIndex(held => Reverts(newestFirst[held], commit));
            if (revert >= 0)
            {
                dropped.Add(pending[revert]);
                dropped.Add(index);
                pending.RemoveAt(revert);
                continue;
            }

            if (commit.Revert?.Sha is not null)
            {
                pending.Add(index);
            }
        }

        var kept = newestFirst.Where((_, index) => !dropped.Contains(index)).ToList();
        return (kept, dropped.Count);
    }

    // Both the sha (git writes it in full; an abbreviation of at least 7 characters is accepted) and, when the
    // revert names it, the header must match.
    private static bool Reverts(ConventionalCommit revert, ConventionalCommit target) =>
        revert.Revert is { Sha: { Length: >= 7 } sha } reverted
        && target.Sha.StartsWith(sha, StringComparison.OrdinalIgnoreCase)
        && (reverted.Header is null || string.Equals(reverted.Header.Trim(), target.Header.Trim(), StringComparison.Ordinal));
}
