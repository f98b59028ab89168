using System.Reflection;
using Octokit;

namespace Liftoff.GitHub;

/// <summary>Builds the Octokit client for a <see cref="GitHubConnectionSettings"/>; the only place a client is made.</summary>
public static class GitHubClientFactory
{
    /// <summary>The product name GitHub sees in the User-Agent header.</summary>
    public const string ProductName = "Liftoff";

    /// <summary>
    /// A client for <paramref name="settings"/>: the Liftoff user agent, the token when one is set, and for GitHub
    /// Enterprise the configured host (Octokit sends requests to its <c>/api/v3/</c>).
    /// </summary>
    /// <param name="settings">Where and as whom to connect.</param>
    /// <param name="requestTimeout">
    /// How long one HTTP request may take before it fails; the resilience pipeline then retries it. Default: Octokit's 100 s.
    /// </param>
    public static IGitHubClient Create(GitHubConnectionSettings settings, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var product = new ProductHeaderValue(ProductName, Version);
        var client = settings.IsEnterprise ? new GitHubClient(product, settings.ApiUrl) : new GitHubClient(product);
        if (settings.Token is { } token)
        {
            client.Credentials = new Credentials(token);
        }

        if (requestTimeout is { } timeout)
        {
            client.SetRequestTimeout(timeout);
        }

        return client;
    }

    private static string Version =>
        typeof(GitHubClientFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0] is { Length: > 0 } version ? version : "0.0.0";
}
