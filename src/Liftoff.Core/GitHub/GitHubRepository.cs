using Liftoff.Configuration;
using System.Text.RegularExpressions;
using Liftoff.Diagnostics;

namespace Liftoff.GitHub;

/// <summary>
/// A repository on GitHub or a GitHub Enterprise host, as read from a git remote URL: https
/// (<c>https://github.com/acme/site.git</c>), scp-like ssh (<c>git@github.com:acme/site.git</c>),
/// <c>ssh://</c>, <c>git://</c> and <c>git+ssh://</c>, with or without <c>.git</c>.
/// </summary>
/// <param name="Owner">The user or organisation, e.g. <c>acme</c>.</param>
/// <param name="Name">The repository name without <c>.git</c>, e.g. <c>site</c>.</param>
public sealed partial record GitHubRepository(string Owner, string Name)
{
    /// <summary>github.com's own host name.</summary>
    public const string GitHubDotCom = "github.com";

    /// <summary>The host the repository lives on. Default <c>github.com</c>.</summary>
    public string Host { get; init; } = GitHubDotCom;

    /// <summary><c>owner/name</c>.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>The repository's web page, e.g. <c>https://github.com/acme/site</c>, for links in notes and changelogs.</summary>
    public Uri WebUrl => new($"https://{Host}/{Owner}/{Name}");

    /// <summary>
    /// Reads owner and name from a remote URL. A host is accepted when it is github.com, a <c>*.ghe.com</c> host,
    /// has "github" in its name, or equals <paramref name="enterpriseHost"/> (the configured GitHub Enterprise
    /// host, which may be any name).
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF0401</c> when the URL does not name a GitHub repository.</exception>
    public static GitHubRepository Parse(string originUrl, string? enterpriseHost = null) =>
        TryParse(originUrl, enterpriseHost, out var repository)
            ? repository
            : throw new LiftoffException(
                DiagnosticCodes.GitHubOriginNotRecognized,
                ExitCodes.BadInput,
                "The origin URL '" + WithoutCredentials(originUrl) + "' does not name a GitHub repository. Expected "
                + "https://github.com/OWNER/REPO(.git) or git@github.com:OWNER/REPO.git (or the same on a GitHub "
                + "Enterprise host, set with github.apiUrl), or set github.owner and github.repository.");

    /// <summary>
    /// The repository the <c>github</c> settings name (<c>owner</c> and <c>repository</c>), else the one the origin's URL
    /// names. Every GitHub step resolves it this way.
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF0401</c> without either, or for an origin that is not on GitHub.</exception>
    public static GitHubRepository Resolve(GitHubOptions options, GitHubConnectionSettings settings, string? originUrl)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (!string.IsNullOrEmpty(options.Owner) && !string.IsNullOrEmpty(options.Repository))
        {
            return new GitHubRepository(options.Owner, options.Repository) { Host = settings.WebHost };
        }

        return originUrl is null
            ? throw new LiftoffException(DiagnosticCodes.GitHubOriginNotRecognized, ExitCodes.BadInput,
                "The repository has no origin, so the GitHub repository is unknown: set github.owner and github.repository.")
            : Parse(originUrl, settings.IsEnterprise ? settings.WebHost : null);
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing.</summary>
    public static bool TryParse(string? originUrl, string? enterpriseHost, out GitHubRepository repository)
    {
        repository = null!;
        if (string.IsNullOrWhiteSpace(originUrl) || !TrySplit(originUrl.Trim(), out var host, out var path))
        {
            return false;
        }

        if (!IsGitHubHost(host, enterpriseHost))
        {
            return false;
        }

        var match = OwnerAndName().Match(path);
        if (!match.Success || match.Groups["name"].Value is "." or "..")
        {
            return false;
        }

        repository = new GitHubRepository(match.Groups["owner"].Value, match.Groups["name"].Value)
        {
            Host = host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase) ? GitHubDotCom : host.ToLowerInvariant(),
        };
        return true;
    }

    /// <summary><c>owner/name</c>.</summary>
    public override string ToString() => FullName;

    private static bool TrySplit(string url, out string host, out string path)
    {
        host = path = "";
        if (url.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("https" or "http" or "ssh" or "git" or "git+ssh" or "ssh+git")
                || string.IsNullOrEmpty(uri.Host))
            {
                return false;
            }

            host = uri.Host;
            path = Uri.UnescapeDataString(uri.AbsolutePath);
            return true;
        }

        // scp-like syntax: [user@]host:path. Git treats it as such only when no slash comes before the colon.
        var match = ScpLike().Match(url);
        if (!match.Success)
        {
            return false;
        }

        host = match.Groups["host"].Value;
        path = match.Groups["path"].Value;
        return true;
    }

    private static bool IsGitHubHost(string host, string? enterpriseHost) =>
        host.Equals(GitHubDotCom, StringComparison.OrdinalIgnoreCase)
        || host.Equals("www.github.com", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".ghe.com", StringComparison.OrdinalIgnoreCase)
        || host.Contains("github", StringComparison.OrdinalIgnoreCase)
        || (!string.IsNullOrEmpty(enterpriseHost) && host.Equals(enterpriseHost, StringComparison.OrdinalIgnoreCase));

    /// <summary>The URL with any <c>user:password@</c> removed, so an error never echoes a credential.</summary>
    private static string WithoutCredentials(string? url) =>
        url is null ? "" : UserInfo().Replace(url, "${scheme}");

    [GeneratedRegex(@"^/?(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/(?<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerAndName();

    [GeneratedRegex(@"^(?:[^@/:]+@)?(?<host>[A-Za-z0-9.-]+):(?<path>[^/].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ScpLike();

    [GeneratedRegex(@"(?<scheme>^[A-Za-z][A-Za-z0-9+.-]*://)[^@/]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();
}
