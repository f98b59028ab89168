namespace Liftoff.Git;

/// <summary>One commit as <c>git log</c> reports it.</summary>
/// <param name="Sha">The full commit sha.</param>
/// <param name="ParentShas">The parents' shas: none for a root commit, two or more for a merge.</param>
/// <param name="Message">The raw message (<c>%B</c>): subject, blank line, body and trailers.</param>
public sealed record GitCommit(string Sha, IReadOnlyList<string> ParentShas, string Message)
{
    /// <summary>Whether the commit has more than one parent.</summary>
    public bool IsMerge => ParentShas.Count > 1;

    /// <summary>The first seven characters of the sha, as changelogs show it.</summary>
    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}
