using System.Globalization;

namespace Liftoff.Versioning;

/// <summary>Counts commits per kind while they stream past, and keeps the highest release asked for.</summary>
internal sealed class CommitTally(ReleaseRules rules)
{
    /// <summary>The kind counting a commit and its revert, both dropped.</summary>
    public const string RevertedKind = "reverted";

    private readonly Dictionary<string, (int Count, ReleaseType Release)> _counts = new(StringComparer.Ordinal);

    public List<ConventionalCommit> Commits { get; } = [];

    public ReleaseType Highest { get; private set; }

    public void Add(ConventionalCommit commit)
    {
        Commits.Add(commit);
        var rule = rules.Decide(commit);
        var kind = rule?.Kind ?? KindOf(commit);
        var release = rule?.Release ?? ReleaseType.None;
        _counts[kind] = (_counts.GetValueOrDefault(kind).Count + 1, release);
        if (release > Highest)
        {
            Highest = release;
        }
    }

    /// <summary>Counts commits dropped because they were reverted within the range (both of each pair).</summary>
    public void AddRevertedPairs(int commits)
    {
        if (commits > 0)
        {
            _counts[RevertedKind] = (commits, ReleaseType.None);
        }
    }

    /// <summary>Releasing kinds in rule order, then the rest by count.</summary>
    public IReadOnlyList<CommitCount> Counts()
    {
        var order = rules.Rules.Select(rule => rule.Kind).Distinct().ToList();
        return _counts
            .Select(entry => new CommitCount(entry.Key, entry.Value.Count, entry.Value.Release))
            .OrderByDescending(count => count.Release > ReleaseType.None)
            .ThenBy(count => order.IndexOf(count.Kind) is var index and >= 0 ? index : int.MaxValue)
            .ThenByDescending(count => count.Count)
            .ThenBy(count => count.Kind, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>For example <c>2 feat, 1 fix</c>.</summary>
    public static string Describe(IEnumerable<CommitCount> counts) =>
        string.Join(", ", counts.Select(count => string.Create(CultureInfo.InvariantCulture, $"{count.Count} {count.Kind}")));

    private static string KindOf(ConventionalCommit commit) =>
        commit.IsMerge ? "merge" : commit.Type?.ToLowerInvariant() ?? "non-conventional";
}
