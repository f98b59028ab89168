using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

/// <summary>
/// Real Octokit clients pointed at a <see cref="LocalGitHubServer"/> as a GitHub Enterprise host. This lives in
/// the tests, not in TestSupport, so the server stays free of any client library.
/// </summary>
internal static class OctokitClients
{
    private static readonly ProductHeaderValue Product = new("liftoff-tests");

    /// <summary>A client that sends <c>Authorization: token {token}</c>.</summary>
    public static GitHubClient CreateClient(this LocalGitHubServer server, string token = "test-token") =>
        new(Product, server.BaseUri) { Credentials = new Credentials(token) };

    /// <summary>A client that sends no credentials at all.</summary>
    public static GitHubClient CreateAnonymousClient(this LocalGitHubServer server) => new(Product, server.BaseUri);
}
