namespace Liftoff.Versioning;

/// <summary>
/// The rules that turn commits into a release type. Every matching rule counts and the highest release wins, as in
/// commit-analyzer.
/// </summary>
public sealed class ReleaseRules
{
    /// <summary>Creates a rule set; <paramref name="rules"/> are listed from the most to the least significant.</summary>
    public ReleaseRules(IEnumerable<ReleaseRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
    }

    /// <summary>
    /// semantic-release's defaults for Conventional Commits: a breaking change is major; <c>feat</c> is minor;
    /// <c>fix</c>, <c>perf</c> and a revert (<c>revert:</c> or git's <c>Revert "…"</c>) are patch; anything else
    /// releases nothing.
    /// </summary>
    public static ReleaseRules Default { get; } = new(
    [
        new ReleaseRule(ReleaseType.Major, "breaking") { Breaking = true },
        new ReleaseRule(ReleaseType.Minor, "feat") { Type = "feat" },
        new ReleaseRule(ReleaseType.Patch, "fix") { Type = "fix" },
        new ReleaseRule(ReleaseType.Patch, "perf") { Type = "perf" },
        new ReleaseRule(ReleaseType.Patch, "revert") { Revert = true },
    ]);

    /// <summary>The rules, most significant first.</summary>
    public IReadOnlyList<ReleaseRule> Rules { get; }

    /// <summary>The highest release any rule gives <paramref name="commit"/>, and the rule that gave it; null when none matches.</summary>
    public ReleaseRule? Decide(ConventionalCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ReleaseRule? best = null;
        foreach (var rule in Rules)
        {
            if (rule.Matches(commit) && (best is null || rule.Release > best.Release))
            {
                best = rule;
            }
        }

        return best;
    }

    /// <summary>The release <paramref name="commit"/> asks for; <see cref="ReleaseType.None"/> when no rule matches.</summary>
    public ReleaseType Classify(ConventionalCommit commit) => Decide(commit)?.Release ?? ReleaseType.None;
}
