using Liftoff.GitHub;

namespace Liftoff.Changelog;

/// <summary>
/// The compare, commit and pull-request links of a GitHub repository (github.com or a GitHub Enterprise host). Notes
/// for a repository whose origin is not on GitHub get no links at all rather than links that would 404.
/// </summary>
public sealed class ChangelogLinks
{
    private readonly string _root;

    /// <summary>Links under a repository's web page, for example <c>https://github.com/acme/site</c>.</summary>
    public ChangelogLinks(Uri repositoryUrl)
    {
        ArgumentNullException.ThrowIfNull(repositoryUrl);
        _root = repositoryUrl.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>
    /// The links for the repository an origin URL names (https, scp-like ssh, <c>ssh://</c>, with or without
    /// <c>.git</c>); null when the URL is missing or not a GitHub repository.
    /// </summary>
    /// <param name="originUrl">The <c>origin</c> remote's URL.</param>
    /// <param name="enterpriseHost">A GitHub Enterprise host whose name does not contain "github"; null for none.</param>
    public static ChangelogLinks? FromOrigin(string? originUrl, string? enterpriseHost = null) =>
        GitHubRepository.TryParse(originUrl, enterpriseHost, out var repository) ? new ChangelogLinks(repository.WebUrl) : null;

    /// <summary><c>…/compare/v1.4.5...v1.5.0</c>.</summary>
    public string Compare(string fromTag, string toTag) => $"{_root}/compare/{Escape(fromTag)}...{Escape(toTag)}";

    /// <summary><c>…/tree/v1.0.0</c>: the first release has nothing to compare with.</summary>
    public string Tag(string tag) => $"{_root}/tree/{Escape(tag)}";

    /// <summary><c>…/commit/&lt;sha&gt;</c>.</summary>
    public string Commit(string sha) => $"{_root}/commit/{sha}";

    /// <summary><c>…/pull/&lt;n&gt;</c>; GitHub redirects it to the issue when the number is one.</summary>
    public string PullRequest(int number) => FormattableString.Invariant($"{_root}/pull/{number}");

    private static string Escape(string tag) => Uri.EscapeDataString(tag);
}
