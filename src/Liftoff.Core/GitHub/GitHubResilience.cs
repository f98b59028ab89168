using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Liftoff.GitHub;

/// <summary>
/// Builds the Polly pipeline every GitHub operation runs through: an overall timeout, then retries of transient
/// failures only (rate limits, 429, 5xx, network errors, timeouts), then a timeout per attempt. A Retry-After
/// header or a rate-limit reset sets the wait when GitHub gives one, up to
/// <see cref="GitHubResilienceOptions.MaxRetryAfter"/>; otherwise the wait is exponential with jitter.
/// </summary>
public static class GitHubResilience
{
    /// <summary>The context property naming the operation, for the retry log.</summary>
    public static readonly ResiliencePropertyKey<string> OperationKey = new("Liftoff.GitHub.Operation");

    /// <summary>Builds the pipeline.</summary>
    /// <param name="options">Retry and timeout settings. Default: <see cref="GitHubResilienceOptions"/>'s defaults.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="log">Told about each retry. Default: nothing is logged.</param>
    public static ResiliencePipeline Build(
        GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        options ??= new GitHubResilienceOptions();
        time ??= TimeProvider.System;
        log ??= NullGitHubLog.Instance;
        var builder = new ResiliencePipelineBuilder { Name = "Liftoff.GitHub", TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Name = "Total", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetryOptions(options, time, log));
        }

        return builder
            .AddTimeout(new TimeoutStrategyOptions { Name = "Attempt", Timeout = options.AttemptTimeout })
            .Build();
    }

    /// <summary>
    /// True when the failure is retried: transient, and any wait GitHub asked for is within
    /// <see cref="GitHubResilienceOptions.MaxRetryAfter"/>.
    /// </summary>
    internal static bool ShouldRetry(Exception exception, GitHubResilienceOptions options, TimeProvider time) =>
        GitHubFailures.IsTransient(exception)
        && (GitHubFailures.RequestedDelay(exception, time) is not { } wait || wait <= options.MaxRetryAfter);

    private static RetryStrategyOptions RetryOptions(GitHubResilienceOptions options, TimeProvider time, IGitHubLog log) => new()
    {
        Name = "Transient",
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = options.UseJitter,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxBackoffDelay,
        ShouldHandle = args => ValueTask.FromResult(
            args.Outcome.Exception is { } exception && ShouldRetry(exception, options, time)),
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Exception is { } exception ? GitHubFailures.RequestedDelay(exception, time) : null),
        OnRetry = args =>
        {
            var operation = args.Context.Properties.GetValue(OperationKey, "GitHub call");
            var reason = args.Outcome.Exception is { } exception ? GitHubFailures.Reason(exception) : "no answer";
            log.Retrying(new GitHubRetryNotice(operation, args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay, reason));
            return ValueTask.CompletedTask;
        },
    };
}
