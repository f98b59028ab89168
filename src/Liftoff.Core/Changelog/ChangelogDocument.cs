using System.Text.RegularExpressions;

namespace Liftoff.Changelog;

/// <summary>
/// Finds where a release section goes in a changelog's text: the offsets of its <c>## </c> headings (outside code
/// fences), the one for a given version if any, and the end of each section.
/// </summary>
internal sealed partial class ChangelogDocument
{
    private readonly List<Line> _lines = [];

    public ChangelogDocument(string text)
    {
        Text = text;
        var inFence = false;
        var offset = 0;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var next = end < 0 ? text.Length : end + 1;
            var content = text[offset..(end < 0 ? text.Length : end)].TrimEnd('\r');
            if (Fence().IsMatch(content))
            {
                inFence = !inFence;
            }

            _lines.Add(new Line(offset, content, !inFence && content.StartsWith("## ", StringComparison.Ordinal)));
            offset = next;
        }
    }

    public string Text { get; }

    /// <summary>
    /// Where a new release goes: before the first release heading, newest first. A Keep a Changelog
    /// <c>## [Unreleased]</c> section stays on top, since it is about what comes after this release.
    /// Null when there is no release heading yet (the section goes at the end).
    /// </summary>
    public int? InsertionOffset() =>
        _lines.FirstOrDefault(line => line.IsHeading && !Unreleased().IsMatch(line.Content))?.Offset;

    /// <summary>The span of the section headed <c>## [X.Y.Z]</c> or <c>## X.Y.Z</c> (an optional <c>v</c> too); null when absent.</summary>
    public (int Start, int End)? FindVersion(string version)
    {
        var heading = new Regex(@"^##[ \t]+\[?v?" + Regex.Escape(version) + @"\]?(?=$|[ \t(\]])", RegexOptions.CultureInvariant);
        var index = _lines.FindIndex(line => line.IsHeading && heading.IsMatch(line.Content));
        if (index < 0)
        {
            return null;
        }

        // The section runs to the next heading, or to the link reference definitions that end many changelogs.
        var end = _lines.Skip(index + 1).FirstOrDefault(line => line.IsHeading || LinkDefinition().IsMatch(line.Content));
        return (_lines[index].Offset, end?.Offset ?? Text.Length);
    }

    private sealed record Line(int Offset, string Content, bool IsHeading);

    [GeneratedRegex(@"^ {0,3}(```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^##[ \t]+\[?unreleased\]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unreleased();

    [GeneratedRegex(@"^\[[^\]]+\]:[ \t]*\S", RegexOptions.CultureInvariant)]
    private static partial Regex LinkDefinition();
}
