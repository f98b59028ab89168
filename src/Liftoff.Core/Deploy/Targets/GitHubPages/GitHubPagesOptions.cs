using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>
/// Settings for <see cref="GitHubPagesTarget"/>: which branch of which remote receives the site. The target runs git
/// in <see cref="RepositoryPath"/> but never touches its working tree, index or HEAD; it only adds objects and
/// private refs under <c>refs/liftoff-pages/</c>.
/// </summary>
public sealed class GitHubPagesOptions
{
    /// <summary>A local git repository (any clone, or a bare one) to run git in; an absolute path. Required.</summary>
    public required string RepositoryPath { get; init; }

    /// <summary>The remote to publish to: a remote name or a URL. Default <c>origin</c>.</summary>
    public string Remote { get; init; } = "origin";

    /// <summary>The branch Pages serves. Default <c>gh-pages</c>.</summary>
    public string Branch { get; init; } = "gh-pages";

    /// <summary>The custom domain written to <c>CNAME</c> at the site's root; none (no file) by default.</summary>
    public string? Cname { get; init; }

    /// <summary>Adds an empty <c>.nojekyll</c>, so Pages serves files as they are (folders starting with <c>_</c> included). Default true.</summary>
    public bool NoJekyll { get; init; } = true;

    /// <summary>The author and committer of the Pages commits. Default <see cref="PagesCommitIdentity.Default"/>.</summary>
    public PagesCommitIdentity CommitIdentity { get; init; } = PagesCommitIdentity.Default;

    /// <summary>Variables for every git command; a null value removes one. None by default.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The git program. Default <c>git</c> from PATH.</summary>
    public string GitExecutable { get; init; } = "git";

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.PagesOptionsInvalid"/>, listing each problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(RepositoryPath) || !Path.IsPathFullyQualified(RepositoryPath))
        {
            problems.Add($"repository path '{RepositoryPath}' must be an absolute path");
        }
        else if (!Directory.Exists(RepositoryPath))
        {
            problems.Add($"repository path '{RepositoryPath}' does not exist");
        }

        if (string.IsNullOrWhiteSpace(Remote) || Remote.StartsWith('-'))
        {
            problems.Add($"remote '{Remote}' must be a remote name or URL");
        }

        if (!IsSafeBranch(Branch))
        {
            problems.Add($"branch '{Branch}' is not a valid branch name");
        }

        // Pages reads CNAME as one host name; anything else silently breaks the custom domain.
        if (Cname is not null && (Cname.Length == 0 || Cname.Any(c => char.IsWhiteSpace(c) || c is '/' or ':')))
        {
            problems.Add($"cname '{Cname}' must be a bare host name such as docs.example.com");
        }

        if (CommitIdentity is null || string.IsNullOrWhiteSpace(CommitIdentity.Name) || string.IsNullOrWhiteSpace(CommitIdentity.Email))
        {
            problems.Add("commit identity needs a name and an e-mail address");
        }

        if (problems.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.PagesOptionsInvalid, ExitCodes.ConfigurationInvalid,
                "the GitHub Pages target is misconfigured: " + string.Join("; ", problems));
        }
    }

    // A conservative subset of git-check-ref-format, checked here so a bad name fails before any git runs.
    private static bool IsSafeBranch(string branch) =>
        !string.IsNullOrWhiteSpace(branch)
        && !branch.StartsWith('-') && !branch.StartsWith('/') && !branch.EndsWith('/') && !branch.EndsWith(".lock", StringComparison.Ordinal)
        && !branch.Contains("..", StringComparison.Ordinal) && !branch.Contains("//", StringComparison.Ordinal)
        && !branch.Contains("@{", StringComparison.Ordinal)
        && branch.All(c => c > ' ' && c != 0x7f && !"~^:?*[\\".Contains(c, StringComparison.Ordinal));
}
