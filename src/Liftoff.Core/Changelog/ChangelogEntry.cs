namespace Liftoff.Changelog;

/// <summary>One line of a changelog section.</summary>
/// <param name="Scope">The commit's scope, shown in bold; null when it had none.</param>
/// <param name="Text">The subject (without its <c>(#123)</c> suffix), or the breaking-change note.</param>
/// <param name="Sha">The commit's full sha; empty when the message did not come from git.</param>
/// <param name="PullRequest">The pull request number from a <c>(#123)</c> at the end of the subject, if any.</param>
public sealed record ChangelogEntry(string? Scope, string Text, string Sha, int? PullRequest)
{
    /// <summary>The first seven characters of the sha, as changelogs show it.</summary>
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}
