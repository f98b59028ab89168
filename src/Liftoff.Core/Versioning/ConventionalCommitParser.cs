using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Liftoff.Git;

namespace Liftoff.Versioning;

/// <summary>
/// Parses commit messages as semantic-release does with conventional-commits-parser and the conventionalcommits
/// preset: the header <c>type(scope)!: subject</c>; breaking-change notes read from any body line starting with
/// <c>BREAKING CHANGE</c> or <c>BREAKING-CHANGE</c> (either case, as the parser matches them; with a space it is not a
/// git trailer, so it is read here, not by <c>git interpret-trailers</c>); reverts (<c>revert: …</c> and git's
/// <c>Revert "…"</c> with <c>This reverts commit …</c>). Merge headers and free text parse as non-conventional.
/// Never throws for a message's content.
/// </summary>
public static partial class ConventionalCommitParser
{
    /// <summary>Parses a commit read from git, keeping its sha.</summary>
    public static ConventionalCommit Parse(GitCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return Parse(commit.Message) with { Sha = commit.Sha };
    }

    /// <summary>Parses one raw commit message.</summary>
    public static ConventionalCommit Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        var header = lines[0].TrimEnd();
        var merge = MergeHeader().Match(header);
        var conventional = merge.Success ? Match.Empty : HeaderPattern().Match(header);
        var isConventional = conventional.Success && conventional.Groups["type"].Length > 0;

        var subject = isConventional ? conventional.Groups["subject"].Value : header;
        var type = isConventional ? conventional.Groups["type"].Value : null;
        var scope = isConventional && conventional.Groups["scope"].Length > 0 ? conventional.Groups["scope"].Value : null;
        var sections = MessageSections.Read(lines.AsSpan(1));

        var notes = sections.Notes;
        if (notes.Count == 0 && isConventional && conventional.Groups["bang"].Success)
        {
            notes = [new CommitNote("BREAKING CHANGE", subject)];
        }

        return new ConventionalCommit
        {
            Header = header,
            Type = type,
            Scope = scope,
            Subject = subject,
            Body = sections.Body,
            Footer = sections.Footer,
            Notes = notes,
            Revert = ReadRevert(message, header, type, subject),
            IsMerge = merge.Success,
            PullRequest = ReadPullRequest(merge.Success ? merge : PullRequestSuffix().Match(subject)),
        };
    }

    private static RevertedCommit? ReadRevert(string message, string header, string? type, string subject)
    {
        var full = RevertPattern().Match(message.Trim());
        if (full.Success)
        {
            return new RevertedCommit(full.Groups["header"].Value, NullIfEmpty(full.Groups["sha"].Value));
        }

        var sha = RevertedSha().Match(message) is { Success: true } found ? found.Groups["sha"].Value : null;
        if (string.Equals(type, "revert", StringComparison.OrdinalIgnoreCase))
        {
            return new RevertedCommit(subject, sha);
        }

        // git's own revert message, with the "This reverts commit" line edited away.
        return GitRevertHeader().Match(header) is { Success: true } git ? new RevertedCommit(git.Groups["header"].Value, sha) : null;
    }

    private static int? ReadPullRequest(Match match) =>
        match.Success && match.Groups["pr"].Success
        && int.TryParse(match.Groups["pr"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // The preset's header: ^(\w*)(?:\((.*)\))?!?: (.*)$ with JavaScript's ASCII \w.
    [GeneratedRegex(@"^(?<type>[A-Za-z0-9_]*)(?:\((?<scope>.*)\))?(?<bang>!)?: (?<subject>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();

    // git (Merge branch/tag/commit/remote-tracking branch), GitHub (Merge pull request #12 from), GitLab (… into …)
    // and Azure DevOps (Merged PR 12: …).
    [GeneratedRegex(@"^(?:Merge (?:pull request #(?<pr>\d+) from |branch |remote-tracking branch |tag |commit |[0-9a-f]{7,40}\b|.+ into )|Merged PR (?<pr>\d+): )", RegexOptions.CultureInvariant)]
    private static partial Regex MergeHeader();

    [GeneratedRegex(@"\(#(?<pr>\d+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PullRequestSuffix();

    // The preset's revertPattern: ^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i
    [GeneratedRegex(@"^(?:Revert|revert:)\s""?(?<header>[\s\S]+?)""?\s*This reverts commit (?<sha>[A-Za-z0-9_]*)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevertPattern();

    [GeneratedRegex(@"This reverts commit (?<sha>[0-9a-f]{4,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevertedSha();

    [GeneratedRegex(@"^Revert ""(?<header>.+)""$", RegexOptions.CultureInvariant)]
    private static partial Regex GitRevertHeader();

    /// <summary>Splits the lines after the header into body, footer and breaking-change notes.</summary>
    private sealed partial class MessageSections
    {
        private readonly List<string> _body = [];
        private readonly List<string> _footer = [];
        private readonly List<CommitNote> _notes = [];
        private string? _noteTitle;
        private StringBuilder? _noteText;

        public string? Body { get; private set; }

        public string? Footer { get; private set; }

        public IReadOnlyList<CommitNote> Notes => _notes;

        public static MessageSections Read(ReadOnlySpan<string> lines)
        {
            var sections = new MessageSections();
            foreach (var line in lines)
            {
                sections.Add(line);
            }

            sections.Finish();
            return sections;
        }

        private void Add(string line)
        {
            var note = NotePattern().Match(line);
            if (note.Success)
            {
                FlushNote();
                _noteTitle = note.Groups["title"].Value.ToUpperInvariant();
                _noteText = new StringBuilder(note.Groups["text"].Value);
                _footer.Add(line);
                return;
            }

            if (_footer.Count == 0)
            {
                _body.Add(line);
                return;
            }

            _footer.Add(line);
            if (TrailerPattern().IsMatch(line))
            {
                FlushNote();
            }
            else
            {
                // A note goes on over the following lines until the next note or trailer.
                _noteText?.Append('\n').Append(line);
            }
        }

        private void Finish()
        {
            FlushNote();

            // A last body paragraph made only of trailers (Refs: #12, Signed-off-by: …) is the footer.
            var lastBlank = _body.FindLastIndex(string.IsNullOrWhiteSpace);
            var paragraph = _body.Skip(lastBlank + 1).ToList();
            if (lastBlank >= 0 && paragraph.Count > 0 && paragraph.TrueForAll(TrailerPattern().IsMatch))
            {
                _body.RemoveRange(lastBlank + 1, paragraph.Count);
                _footer.InsertRange(0, paragraph);
            }

            Body = Join(_body);
            Footer = Join(_footer);
        }

        private void FlushNote()
        {
            if (_noteTitle is not null && _noteText is not null)
            {
                _notes.Add(new CommitNote(_noteTitle, _noteText.ToString().Trim()));
            }

            _noteTitle = null;
            _noteText = null;
        }

        private static string? Join(List<string> lines)
        {
            var text = string.Join('\n', lines).Trim('\n', ' ', '\t');
            return text.Length == 0 ? null : text;
        }

        // conventional-commits-parser's notes regex for the keywords BREAKING CHANGE and BREAKING-CHANGE, with its 'i' flag.
        [GeneratedRegex(@"^[\s|*]*(?<title>BREAKING CHANGE|BREAKING-CHANGE)[:\s]+(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex NotePattern();

        // A git trailer or Conventional Commits footer: "Token: value" or "Token #value".
        [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]*(?:: | #)\S", RegexOptions.CultureInvariant)]
        private static partial Regex TrailerPattern();
    }
}
