using System.Globalization;
using System.Text;

namespace Liftoff.Changelog;

/// <summary>
/// Renders release notes as Markdown in the Keep a Changelog 1.1 style. The output always uses <c>\n</c>; the file
/// writer converts to the changelog's own line endings.
/// </summary>
public static class ChangelogRenderer
{
    /// <summary>
    /// The changelog section: <c>## [1.5.0](compare-link) - 2026-11-23</c>, then the notes. Without links the heading
    /// is <c>## [1.5.0] - 2026-11-23</c>.
    /// </summary>
    /// <param name="notes">The release's notes.</param>
    /// <param name="links">The repository's links; null for plain text.</param>
    public static string RenderSection(ReleaseNotes notes, ChangelogLinks? links)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var version = links is null
            ? $"[{notes.Version}]"
            : $"[{notes.Version}]({(notes.PreviousTagName is null ? links.Tag(notes.TagName) : links.Compare(notes.PreviousTagName, notes.TagName))})";
        var heading = $"## {version} - {notes.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n";
        var body = RenderBody(notes, links);
        return body.Length == 0 ? heading : heading + "\n" + body;
    }

    /// <summary>
    /// The same notes without the heading, for the GitHub release body (GitHub shows the title and date itself).
    /// Empty when <see cref="ReleaseNotes.IsEmpty"/>.
    /// </summary>
    public static string RenderBody(ReleaseNotes notes, ChangelogLinks? links)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var builder = new StringBuilder();
        foreach (var section in notes.Sections)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append("### ").Append(section.Title).Append("\n\n");
            foreach (var entry in section.Entries)
            {
                AppendEntry(builder, entry, links);
            }
        }

        return builder.ToString();
    }

    private static void AppendEntry(StringBuilder builder, ChangelogEntry entry, ChangelogLinks? links)
    {
        builder.Append("- ");
        if (!string.IsNullOrEmpty(entry.Scope))
        {
            builder.Append("**").Append(entry.Scope).Append(":** ");
        }

        // A note may run over several lines; indenting them keeps them inside the list item.
        var lines = entry.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        builder.Append(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            builder.Append('\n');
            if (line.Trim().Length > 0)
            {
                builder.Append("  ").Append(line.TrimEnd());
            }
        }

        if (entry.Sha.Length > 0)
        {
            builder.Append(" (").Append(Link(entry.ShortSha, links?.Commit(entry.Sha))).Append(')');
        }

        if (entry.PullRequest is { } number)
        {
            var text = "#" + number.ToString(CultureInfo.InvariantCulture);
            builder.Append(" (").Append(Link(text, links?.PullRequest(number))).Append(')');
        }

        builder.Append('\n');
    }

    private static string Link(string text, string? url) => url is null ? text : $"[{text}]({url})";
}
