namespace Liftoff.GitHub;

/// <summary>The page of the CI run Liftoff runs in, for deployment statuses' <c>log_url</c> and for notices.</summary>
public static class CiRunLink
{
    /// <summary>
    /// <c>$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID</c> when all three are set (GitHub
    /// Actions sets them); null otherwise, for example on a laptop.
    /// </summary>
    public static Uri? FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var server = environment("GITHUB_SERVER_URL");
        var repository = environment("GITHUB_REPOSITORY");
        var run = environment("GITHUB_RUN_ID");
        if (string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(repository) || string.IsNullOrWhiteSpace(run))
        {
            return null;
        }

        return Uri.TryCreate($"{server.TrimEnd('/')}/{repository}/actions/runs/{run}", UriKind.Absolute, out var url)
            && url.Scheme is "https" or "http" ? url : null;
    }
}
