namespace Liftoff.TestSupport.GitHub.Faults;

/// <summary>Which of GitHub's rate limits a fault imitates; each maps to a different Octokit exception.</summary>
public enum RateLimitKind
{
    /// <summary>Not a rate limit: a plain error status.</summary>
    None,

    /// <summary>
    /// The hourly quota: 403 (or 429) with <c>x-ratelimit-remaining: 0</c>, <c>x-ratelimit-reset</c> and the body
    /// "API rate limit exceeded". Octokit raises <c>RateLimitExceededException</c> for the 403.
    /// </summary>
    Primary,

    /// <summary>
    /// The abuse limit: 403 with <c>Retry-After</c> and the body "You have exceeded a secondary rate limit".
    /// Octokit raises <c>SecondaryRateLimitExceededException</c>.
    /// </summary>
    Secondary,
}
