namespace Liftoff.GitHub;

/// <summary>Where the GitHub code reports what people should see, such as a retry; the Cake host forwards it to its log.</summary>
public interface IGitHubLog
{
    /// <summary>A transient failure is about to be retried after <see cref="GitHubRetryNotice.Delay"/>.</summary>
    void Retrying(GitHubRetryNotice notice);
}
