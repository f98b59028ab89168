using System.Globalization;
using System.Reflection;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.GitHub;

/// <summary>
/// Where the GitHub API is and which token to use. The token is only readable inside Liftoff (for the client
/// factory and for masking it in CI logs); <see cref="ToString"/> never shows it.
/// </summary>
public sealed class GitHubConnectionSettings
{
    /// <summary>The variables read for the token, in order.</summary>
    public static readonly IReadOnlyList<string> TokenVariables = ["GITHUB_TOKEN", "GH_TOKEN"];

    /// <summary>Creates settings for <paramref name="apiUrl"/> and a token that may be absent.</summary>
    /// <param name="apiUrl">
    /// The REST API root: <c>https://api.github.com/</c>, or for GitHub Enterprise the host
    /// (<c>https://ghe.example.com/</c>) or its API root (<c>https://ghe.example.com/api/v3/</c>).
    /// </param>
    /// <param name="token">The token, or null/empty when none is set.</param>
    /// <param name="tokenSource">Where the token came from, e.g. <c>GITHUB_TOKEN</c>; shown in notices.</param>
    /// <exception cref="LiftoffException"><c>LIFTOFF0403</c> when the URL is not absolute http or https.</exception>
    public GitHubConnectionSettings(Uri apiUrl, string? token, string? tokenSource = null)
    {
        ArgumentNullException.ThrowIfNull(apiUrl);
        if (!apiUrl.IsAbsoluteUri || apiUrl.Scheme is not ("https" or "http"))
        {
            throw new LiftoffException(
                DiagnosticCodes.GitHubApiUrlInvalid,
                ExitCodes.BadInput,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"github.apiUrl: '{apiUrl.OriginalString}' is not an absolute http or https URL; expected for example https://ghe.example.com/api/v3/."));
        }

        ApiUrl = apiUrl;
        Token = string.IsNullOrEmpty(token) ? null : token;
        TokenSource = Token is null ? null : tokenSource;
    }

    /// <summary>github.com's REST API root, the default.</summary>
    public static Uri DefaultApiUrl { get; } = new("https://api.github.com/");

    /// <summary>The REST API root. Default <see cref="DefaultApiUrl"/>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>True when a token is set.</summary>
    public bool HasToken => Token is not null;

    /// <summary>Where the token came from (e.g. <c>GITHUB_TOKEN</c>), or null.</summary>
    public string? TokenSource { get; }

    /// <summary>True for any host other than api.github.com.</summary>
    public bool IsEnterprise => !ApiUrl.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>The web host repositories live on: <c>github.com</c>, or the Enterprise host.</summary>
    public string WebHost => IsEnterprise ? ApiUrl.Host : GitHubRepository.GitHubDotCom;

    /// <summary>The secret itself. Internal so it cannot leak through a public surface or a serializer.</summary>
    internal string? Token { get; }

    /// <summary>
    /// Settings for <paramref name="apiUrl"/> (default <see cref="DefaultApiUrl"/>) with the token from
    /// <c>GITHUB_TOKEN</c>, else <c>GH_TOKEN</c>, read through <paramref name="environment"/>.
    /// </summary>
    public static GitHubConnectionSettings FromEnvironment(Func<string, string?> environment, Uri? apiUrl = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var variable in TokenVariables)
        {
            if (environment(variable) is { Length: > 0 } token)
            {
                return new GitHubConnectionSettings(apiUrl ?? DefaultApiUrl, token, variable);
            }
        }

        return new GitHubConnectionSettings(apiUrl ?? DefaultApiUrl, null);
    }

    /// <summary>
    /// Settings from the <c>github</c> configuration section: its API URL, and its token reference
    /// (<c>env:NAME</c>; empty reads <c>GITHUB_TOKEN</c>, then <c>GH_TOKEN</c>).
    /// </summary>
    public static GitHubConnectionSettings FromOptions(GitHubOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrEmpty(options.Token))
        {
            return FromEnvironment(environment, options.ApiUrl);
        }

        var secret = typeof(GitHubOptions).GetProperty(nameof(GitHubOptions.Token))!.GetCustomAttribute<SecretAttribute>()!;
        var source = options.Token.StartsWith(Secrets.EnvironmentPrefix, StringComparison.Ordinal)
            ? options.Token[Secrets.EnvironmentPrefix.Length..]
            : "github.token";
        return new GitHubConnectionSettings(options.ApiUrl, Secrets.Resolve(options.Token, secret, environment), source);
    }

    /// <summary>
    /// Throws when no token is set; call it when the configuration requires GitHub (<c>github.required</c>).
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF0402</c> when there is no token.</exception>
    public void EnsureToken()
    {
        if (!HasToken)
        {
            throw new LiftoffException(
                DiagnosticCodes.GitHubTokenMissing,
                ExitCodes.BadInput,
                "GitHub is required (github.required) but no token is set: set GITHUB_TOKEN or GH_TOKEN.");
        }
    }

    /// <summary>For logs: the API URL and whether a token is set, never the token, e.g. <c>https://api.github.com/ (token: *** from GITHUB_TOKEN)</c>.</summary>
    public override string ToString() =>
        HasToken
            ? string.Create(CultureInfo.InvariantCulture, $"{ApiUrl} (token: {Secrets.Redacted} from {TokenSource ?? "code"})")
            : string.Create(CultureInfo.InvariantCulture, $"{ApiUrl} (no token)");
}
