using Liftoff.Artifacts;
using Liftoff.Validation.Checks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Liftoff.Validation.Readiness;

/// <summary>
/// Waits until the environment serves the expected version marker: the same version and the same artifact content
/// sha256. A Polly pipeline retries every <c>poll</c> until the overall timeout; each read has its own timeout. A
/// timeout is a Fail that names what is served instead: "deployed but not served (serving 1.4.5)".
/// </summary>
internal sealed class ReadinessProbe(CheckContext context, TimeSpan timeout, TimeSpan poll)
{
    private sealed record Read(VersionMarker? Marker, string Problem);

    public async Task<ReadinessResult> WaitAsync(VersionMarker expected, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        var attempts = 0;
        Read? last = null;
        var pipeline = Build(expected);
        try
        {
            last = await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                var read = await ReadAsync(expected, token).ConfigureAwait(false);
                last = read;
                return read;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException) when (!cancellationToken.IsCancellationRequested)
        {
            // The overall timeout: the last read says what is served instead.
        }

        var elapsed = context.Time.GetElapsedTime(started);
        if (last is { Marker: { } served } && Matches(served, expected))
        {
            return new ReadinessResult(ValidationVerdict.Pass, served, attempts, elapsed,
                $"serving {served.Version} (sha256 {Short(served.ContentSha256)}) after {Measure.Ms(elapsed)}", null);
        }

        var serving = last?.Marker is { } other ? $"serving {other.Version}, sha256 {Short(other.ContentSha256)}" : last?.Problem ?? "no answer";
        return new ReadinessResult(ValidationVerdict.Fail, last?.Marker, attempts, elapsed, serving,
            $"deployed but not served ({serving}); expected {expected.Version} (sha256 {Short(expected.ContentSha256)}) within {Measure.Ms(timeout)}, {attempts} reads");
    }

    private static bool Matches(VersionMarker served, VersionMarker expected) =>
        served.Version == expected.Version
        && string.Equals(served.ContentSha256, expected.ContentSha256, StringComparison.OrdinalIgnoreCase);

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;

    private ResiliencePipeline<Read> Build(VersionMarker expected) =>
        new ResiliencePipelineBuilder<Read> { Name = "Liftoff.Validation.Readiness", TimeProvider = context.Time }
            .AddTimeout(new TimeoutStrategyOptions { Name = "Total", Timeout = timeout })
            .AddRetry(new RetryStrategyOptions<Read>
            {
                Name = "UntilServed",
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = poll,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is TimeoutRejectedException or HttpRequestException
                    || args.Outcome.Result is { } read && (read.Marker is null || !Matches(read.Marker, expected))),
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "Attempt", Timeout = Min(context.CheckTimeout, timeout) })
            .Build();

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task<Read> ReadAsync(VersionMarker expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Resolve(VersionMarker.PathInArtifact));
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        var exchange = await HttpExchange.SendAsync(context, request, cancellationToken).ConfigureAwait(false);
        if (exchange.Status is not { } status)
        {
            return new Read(null, $"marker unreachable: {exchange.Error}");
        }

        if ((int)status != 200)
        {
            return new Read(null, $"marker answered {(int)status}");
        }

        var marker = ArtifactJson.TryParseMarker(System.Text.Encoding.UTF8.GetBytes(exchange.Body));
        return marker is null ? new Read(null, "marker is not valid JSON") : new Read(marker, $"serving {marker.Version}");
    }
}
