namespace Liftoff.GitHub;

/// <summary>A log that drops everything, for callers that do not report retries.</summary>
public sealed class NullGitHubLog : IGitHubLog
{
    /// <summary>The one instance.</summary>
    public static NullGitHubLog Instance { get; } = new();

    /// <inheritdoc />
    public void Retrying(GitHubRetryNotice notice)
    {
    }
}
