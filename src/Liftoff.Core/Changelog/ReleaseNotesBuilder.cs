using System.Text.RegularExpressions;
using Liftoff.Versioning;

namespace Liftoff.Changelog;

/// <summary>
/// Sorts one release's parsed commits into changelog sections, as conventional-changelog does: every breaking-change
/// note goes under the breaking section, and the commit itself also goes under its type's section; merges,
/// non-conventional commits and types without a section (<c>chore</c>, <c>docs</c>, …) are left out.
/// </summary>
public static partial class ReleaseNotesBuilder
{
    /// <summary>The notes for a computed release.</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not a release (no version).</exception>
    public static ReleaseNotes Build(NextVersionResult result, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Version is null || result.TagName is null)
        {
            throw new ArgumentException("There is no release to write notes for: " + result.Reason, nameof(result));
        }

        return Build(result.Version.ToString(), result.TagName, result.LastRelease?.Name, date, result.Commits);
    }

    /// <summary>The notes for <paramref name="commits"/> (newest first, as <see cref="NextVersionResult.Commits"/> lists them).</summary>
    public static ReleaseNotes Build(string version, string tagName, string? previousTagName, DateOnly date, IEnumerable<ConventionalCommit> commits)
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(tagName);
        ArgumentNullException.ThrowIfNull(commits);

        var sections = ChangelogSection.Order.ToDictionary(title => title, _ => new List<ChangelogEntry>(), StringComparer.Ordinal);
        foreach (var commit in commits.Where(commit => !commit.IsMerge))
        {
            var pullRequest = PullRequestSuffix().IsMatch(commit.Subject) ? commit.PullRequest : null;
            foreach (var note in commit.Notes)
            {
                sections[ChangelogSection.BreakingChanges].Add(new ChangelogEntry(Printable(commit.Scope), WithoutPullRequest(note.Text), commit.Sha, pullRequest));
            }

            if (SectionOf(commit) is { } title)
            {
                sections[title].Add(new ChangelogEntry(Printable(commit.Scope), WithoutPullRequest(commit.Subject), commit.Sha, pullRequest));
            }
        }

        return new ReleaseNotes
        {
            Version = version,
            TagName = tagName,
            PreviousTagName = previousTagName,
            Date = date,
            Sections = ChangelogSection.Order
                .Where(title => sections[title].Count > 0)
                .Select(title => new ChangelogSection(title, sections[title]))
                .ToList(),
        };
    }

    private static string? SectionOf(ConventionalCommit commit)
    {
        if (commit.IsRevert)
        {
            return ChangelogSection.Reverts;
        }

        // Types compare without regard to case, as the release rules do (Conventional Commits 1.0, rule 15).
        return commit.Type?.ToLowerInvariant() switch
        {
            "feat" => ChangelogSection.Features,
            "fix" => ChangelogSection.BugFixes,
            "perf" => ChangelogSection.Performance,
            _ => null,
        };
    }

    // The PR number is shown as its own link, so the "(#77)" GitHub appends to squash-merge subjects is dropped from the text.
    private static string WithoutPullRequest(string text) => Printable(PullRequestSuffix().Replace(text, ""))!;

    // A commit message is anyone's text: escape sequences and other control characters in it would reach the
    // terminal, CHANGELOG.md and the GitHub release as they are (found by the reliability suite). Each becomes U+FFFD.
    private static string? Printable(string? text) =>
        text is null || !text.Any(IsUnsafe) ? text
            : string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => IsUnsafe(c) ? '\uFFFD' : c));

    private static bool IsUnsafe(char c) => char.IsControl(c) && c is not '\n' and not '\t';

    [GeneratedRegex(@"\s*\(#\d+\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PullRequestSuffix();
}
