namespace Liftoff.Versioning;

/// <summary>
/// A commit message read as a Conventional Commit (<c>type(scope)!: subject</c>, body, footers), the way
/// conventional-commits-parser reads it for semantic-release. A message that is not conventional still parses:
/// <see cref="Type"/> is null and it releases nothing.
/// </summary>
public sealed record ConventionalCommit
{
    /// <summary>The commit's full sha, when it came from git; empty for a message parsed on its own.</summary>
    public string Sha { get; init; } = "";

    /// <summary>The first line of the message.</summary>
    public required string Header { get; init; }

    /// <summary>The type as written (<c>feat</c>, <c>Fix</c>, …); null when the header is not conventional.</summary>
    public string? Type { get; init; }

    /// <summary>The scope inside the parentheses, if any.</summary>
    public string? Scope { get; init; }

    /// <summary>The subject after <c>: </c>; the whole header when the header is not conventional.</summary>
    public required string Subject { get; init; }

    /// <summary>The paragraphs between the header and the footers, if any.</summary>
    public string? Body { get; init; }

    /// <summary>The footer block: breaking-change notes and trailers such as <c>Refs: #12</c>, if any.</summary>
    public string? Footer { get; init; }

    /// <summary>
    /// The breaking-change notes: each <c>BREAKING CHANGE:</c> or <c>BREAKING-CHANGE:</c> footer, or the subject of a
    /// <c>type!:</c> header that has no such footer.
    /// </summary>
    public IReadOnlyList<CommitNote> Notes { get; init; } = [];

    /// <summary>What this commit reverts, when it is a revert (<c>revert: …</c> or git's <c>Revert "…"</c>).</summary>
    public RevertedCommit? Revert { get; init; }

    /// <summary>Whether the header is a merge header such as <c>Merge pull request #12 from …</c> or <c>Merge branch …</c>.</summary>
    public bool IsMerge { get; init; }

    /// <summary>The pull request number from a <c>(#77)</c> at the end of the subject, or from a GitHub merge header.</summary>
    public int? PullRequest { get; init; }

    /// <summary>Whether the header has a conventional type.</summary>
    public bool IsConventional => Type is not null;

    /// <summary>Whether the commit announces a breaking change.</summary>
    public bool IsBreaking => Notes.Count > 0;

    /// <summary>Whether the commit reverts another one.</summary>
    public bool IsRevert => Revert is not null;
}

/// <summary>A breaking-change note.</summary>
/// <param name="Title">The keyword as written: <c>BREAKING CHANGE</c> or <c>BREAKING-CHANGE</c>.</param>
/// <param name="Text">What changed, possibly over several lines.</param>
public sealed record CommitNote(string Title, string Text);

/// <summary>The commit a revert undoes, as far as the message tells.</summary>
/// <param name="Header">The reverted commit's header, for example <c>feat: add x</c>; null when the message does not say.</param>
/// <param name="Sha">The reverted commit's sha from <c>This reverts commit …</c>; null when absent.</param>
public sealed record RevertedCommit(string? Header, string? Sha);
