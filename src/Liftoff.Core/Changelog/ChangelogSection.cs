namespace Liftoff.Changelog;

/// <summary>One <c>###</c> section of a release's notes, for example "Features" and its entries.</summary>
/// <param name="Title">The section's title, one of the constants below.</param>
/// <param name="Entries">The entries in commit order, newest first.</param>
public sealed record ChangelogSection(string Title, IReadOnlyList<ChangelogEntry> Entries)
{
    /// <summary>
    /// Breaking changes. release-please's title: people already scan for it, and it is a plain character, not an
    /// emoji shortcode, so it reads the same in a terminal, on GitHub and in any Markdown viewer.
    /// </summary>
    public const string BreakingChanges = "⚠ BREAKING CHANGES";

    /// <summary><c>feat</c> commits.</summary>
    public const string Features = "Features";

    /// <summary><c>fix</c> commits.</summary>
    public const string BugFixes = "Bug Fixes";

    /// <summary><c>perf</c> commits.</summary>
    public const string Performance = "Performance";

    /// <summary>Reverts: <c>revert:</c> and git's <c>Revert "…"</c>.</summary>
    public const string Reverts = "Reverts";

    /// <summary>The sections in the order they are written.</summary>
    public static IReadOnlyList<string> Order { get; } = [BreakingChanges, Features, BugFixes, Performance, Reverts];
}
