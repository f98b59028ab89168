namespace Liftoff.Cake.Engine;

/// <summary>
/// Suggests the real task names nearest to a mistyped one, by edit distance, ignoring case and hyphens so that
/// <c>deployproduction</c> still finds <c>Deploy-Production</c>.
/// </summary>
public static class TargetSuggestions
{
    /// <summary>Up to <paramref name="count"/> names close enough to be what the user meant, nearest first.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> names, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(names);
        var wanted = Normalize(typed);
        return names
            .Select(name => (Name: name, Distance: Distance(wanted, Normalize(name))))
            .Where(candidate => candidate.Distance <= Math.Max(2, wanted.Length / 3)
                || Normalize(candidate.Name).Contains(wanted, StringComparison.Ordinal))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(candidate => candidate.Name)
            .ToList();
    }

    /// <summary>
    /// A sentence for an error message: " Did you mean 'A' or 'B'?" when some names are close, otherwise the
    /// known names (all of them when there are few, else the nearest few by distance).
    /// </summary>
    public static string DidYouMean(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var all = names.ToList();
        var nearest = Nearest(typed, all);
        if (nearest.Count > 0)
        {
            return $" Did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?";
        }

        var known = all.Count <= 12
            ? all.Order(StringComparer.OrdinalIgnoreCase)
            : all.OrderBy(name => Distance(Normalize(typed), Normalize(name))).Take(5);
        return all.Count == 0 ? " There are no tasks." : $" Known: {string.Join(", ", known)}.";
    }

    private static string Normalize(string name) => name.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    // Levenshtein distance over two rows; task names are short, so this is cheap.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
