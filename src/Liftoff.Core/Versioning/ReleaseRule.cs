namespace Liftoff.Versioning;

/// <summary>
/// One row of the release rules, as in semantic-release's commit-analyzer: a commit matches when every condition set
/// here holds. Types compare without regard to case (Conventional Commits 1.0, rule 15).
/// </summary>
/// <param name="Release">The release a matching commit asks for.</param>
/// <param name="Kind">The word the explanation counts matches under, for example <c>feat</c> in "minor: 2 feat".</param>
public sealed record ReleaseRule(ReleaseType Release, string Kind)
{
    /// <summary>Matches only commits of this type; null for any type.</summary>
    public string? Type { get; init; }

    /// <summary>Matches only commits with a breaking-change note.</summary>
    public bool Breaking { get; init; }

    /// <summary>Matches only reverts.</summary>
    public bool Revert { get; init; }

    /// <summary>Whether <paramref name="commit"/> meets every condition of this rule.</summary>
    public bool Matches(ConventionalCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return (!Breaking || commit.IsBreaking)
            && (!Revert || commit.IsRevert)
            && (Type is null || string.Equals(Type, commit.Type, StringComparison.OrdinalIgnoreCase));
    }
}
