namespace Liftoff.TestSupport.GitHub;

/// <summary>
/// Matches API paths such as <c>/repos/acme/site/releases</c> against patterns such as
/// <c>/repos/*/*/releases</c>. <c>*</c> stands for exactly one segment and <c>**</c> for any number of segments,
/// so <c>/repos/*/*/git/**</c> covers every git endpoint. Literal segments compare without regard to case, as
/// GitHub's owner and repository names do.
/// </summary>
public static class PathPattern
{
    /// <summary>True when <paramref name="path"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string path)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(path);
        return Matches(Split(pattern), Split(path));
    }

    private static string[] Split(string value) => value.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        if (pattern.IsEmpty)
        {
            return path.IsEmpty;
        }

        if (pattern[0] == "**")
        {
            // Try every split point; patterns are short, so the backtracking stays cheap.
            for (var skip = 0; skip <= path.Length; skip++)
            {
                if (Matches(pattern[1..], path[skip..]))
                {
                    return true;
                }
            }

            return false;
        }

        return !path.IsEmpty
            && (pattern[0] == "*" || string.Equals(pattern[0], path[0], StringComparison.OrdinalIgnoreCase))
            && Matches(pattern[1..], path[1..]);
    }
}
