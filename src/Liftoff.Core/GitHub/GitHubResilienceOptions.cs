using Liftoff.Configuration;

namespace Liftoff.GitHub;

/// <summary>How GitHub calls are retried and timed out; see <see cref="GitHubResilience"/>. Every default is documented.</summary>
public sealed class GitHubResilienceOptions
{
    /// <summary>Retries after the first attempt, for transient failures only. Default 4.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first backoff delay when GitHub gives no Retry-After; it doubles each retry, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay when GitHub gives no Retry-After. Default 30 s.</summary>
    public TimeSpan MaxBackoffDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait a Retry-After header or a rate-limit reset is honoured for. A longer requested wait is not
    /// sat out: the call fails at once with <c>LIFTOFF0413</c>, naming when to try again. Default 2 minutes.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt may take before it is abandoned and retried. Default 100 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>How long one operation may take across all its attempts and waits. Default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether backoff delays are randomised, so parallel runs do not retry in step. Default true.</summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>
    /// The defaults with the <c>github</c> section's settings applied: <c>maxRetries</c> and <c>timeoutSeconds</c>
    /// (one attempt's timeout).
    /// </summary>
    public static GitHubResilienceOptions FromOptions(GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GitHubResilienceOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            AttemptTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
    }
}
