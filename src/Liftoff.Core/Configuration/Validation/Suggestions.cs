namespace Liftoff.Configuration.Validation;

/// <summary>"Did you mean" for a mistyped key: the nearest known key by edit distance, ignoring case.</summary>
internal static class Suggestions
{
    public static string DidYouMean(string typed, IReadOnlyCollection<string> known)
    {
        var wanted = typed.ToLowerInvariant();
        var nearest = known
            .Select(name => (Name: name, Distance: Distance(wanted, name.ToLowerInvariant())))
            .Where(candidate => candidate.Distance <= Math.Max(2, wanted.Length / 3))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
        return nearest is not null
            ? $" Did you mean '{nearest}'?"
            : $" Expected one of: {string.Join(", ", known)}.";
    }

    // Levenshtein over two rows; keys are short.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
