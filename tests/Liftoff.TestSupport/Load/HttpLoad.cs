using System.Collections.Concurrent;

namespace Liftoff.TestSupport.Load;

/// <summary>
/// A load loop for zero-downtime tests: several workers send GETs round the given paths as fast as they can until
/// stopped, and every answer is kept as a sample (when it started, the path, the status or error, and the version
/// from the <c>X-App-Version</c> header), so a test can count failures and versions in any time window.
/// </summary>
/// <remarks>
/// Like a browser, a worker sends a GET once more when it got no answer at all because the server closed the
/// kept-alive connection as the request went out (RFC 9112 §9.3.1 allows this for idempotent requests). nginx does
/// that to idle connections when a reload retires its old workers; the request never reached the service. Such
/// retries are counted in <see cref="Retried"/> so a test can report them; a second failure is a failure, and an
/// answer (any status, 5xx included) is never retried.
/// </remarks>
public sealed class HttpLoad(HttpClient http, IReadOnlyList<string> paths)
{
    private readonly ConcurrentQueue<LoadSample> _samples = new();
    private long _retried;

    /// <summary>How many GETs were sent again after a connection closed under them with no answer.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>Every answer so far.</summary>
    public IReadOnlyList<LoadSample> Samples => [.. _samples];

    /// <summary>Runs <paramref name="workers"/> workers until <paramref name="stop"/>; a request in flight is finished and counted.</summary>
    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker, stop), CancellationToken.None)));

    /// <summary>Samples that started at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public IReadOnlyList<LoadSample> Between(DateTimeOffset from, DateTimeOffset to) =>
        [.. _samples.Where(sample => sample.StartedAt >= from && sample.StartedAt < to)];

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            var path = paths[i % paths.Count];
            var started = DateTimeOffset.UtcNow;
            var sample = await SendAsync(path, started);
            if (sample is null)
            {
                Interlocked.Increment(ref _retried);
                sample = await SendAsync(path, started) ?? new LoadSample(started, path, null, null, "no answer, twice");
            }

            _samples.Enqueue(sample);
        }
    }

    // Null when the connection closed with no answer at all (a retry is allowed); otherwise the sample.
    private async Task<LoadSample?> SendAsync(string path, DateTimeOffset started)
    {
        try
        {
            // Not cancelled by 'stop': a request in flight is finished and counted, never abandoned.
            using var response = await http.GetAsync(path, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            var version = response.Headers.TryGetValues("X-App-Version", out var values) ? values.FirstOrDefault() : null;
            return new LoadSample(started, path, (int)response.StatusCode, version,
                response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 80)]}");
        }
        catch (HttpRequestException error) when (error.HttpRequestError == HttpRequestError.ResponseEnded
            || (error.HttpRequestError == HttpRequestError.Unknown && error.InnerException is IOException))
        {
            // Reset or closed while the request went out or before any answer; a refused connection is not retried.
            return null;
        }
        catch (HttpRequestException error)
        {
            return new LoadSample(started, path, null, null, error.InnerException is { } inner ? $"{error.Message} ({inner.Message})" : error.Message);
        }
    }
}

/// <summary>One answer of <see cref="HttpLoad"/>.</summary>
/// <param name="StartedAt">When the request was sent.</param>
/// <param name="Path">The path asked for.</param>
/// <param name="Status">The status code, or null when no answer came.</param>
/// <param name="Version">The version that answered (<c>X-App-Version</c>), when known.</param>
/// <param name="Failure">What went wrong, or null for a 2xx.</param>
public sealed record LoadSample(DateTimeOffset StartedAt, string Path, int? Status, string? Version, string? Failure)
{
    /// <summary>True for anything but a 2xx.</summary>
    public bool Failed => Failure is not null;
}
