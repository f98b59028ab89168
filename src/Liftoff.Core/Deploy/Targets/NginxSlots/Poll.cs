using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>Asks a question again every <c>interval</c> until it says yes or the time is up, through a Polly pipeline.</summary>
internal static class Poll
{
    /// <summary>True as soon as <paramref name="probe"/> returns true; false when <paramref name="timeout"/> passed first.</summary>
    public static async Task<bool> UntilAsync(
        Func<CancellationToken, ValueTask<bool>> probe, TimeSpan timeout, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<bool> { Name = "Liftoff.NginxSlots.Poll", TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = timeout })
            .AddRetry(new RetryStrategyOptions<bool>
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = interval,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome is { Exception: null, Result: false }),
            })
            .Build();
        try
        {
            return await pipeline.ExecuteAsync(probe, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
