using System.Collections.Concurrent;
using System.Diagnostics;
using Liftoff.Artifacts;

namespace Liftoff.Bench.Sandbox;

/// <summary>
/// Workers sending GETs as fast as they can until stopped, each response timed and classified: a failure is an
/// error, a non-200, or a body that is not whole and from one version (a torn or mixed page, an unreadable marker).
/// </summary>
internal sealed class LoadLoop(HttpClient http, IReadOnlyList<string> paths)
{
    private readonly ConcurrentBag<List<double>> _latencies = [];
    private long _failures;

    public long Failures => Interlocked.Read(ref _failures);

    public ConcurrentQueue<string> FailureSamples { get; } = new();

    /// <summary>Every request's latency in milliseconds.</summary>
    public IReadOnlyList<double> Latencies => [.. _latencies.SelectMany(list => list)];

    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker, stop), CancellationToken.None)));

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        var latencies = new List<double>();
        _latencies.Add(latencies);
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            var path = paths[i % paths.Count];
            var started = Stopwatch.GetTimestamp();
            string? failure;
            try
            {
                // Not cancelled by 'stop': a request in flight is finished and counted, never abandoned.
                using var response = await http.GetAsync(path, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                failure = !response.IsSuccessStatusCode ? $"{path} → {(int)response.StatusCode}"
                    : IsWhole(path, body) ? null
                    : $"{path} → a torn or mixed body of {body.Length} characters";
            }
            catch (HttpRequestException error)
            {
                failure = $"{path} → {error.Message}";
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (failure is not null)
            {
                Interlocked.Increment(ref _failures);
                if (FailureSamples.Count < 10)
                {
                    FailureSamples.Enqueue(failure);
                }
            }
        }
    }

    private static bool IsWhole(string path, string body) =>
        path.EndsWith(".json", StringComparison.Ordinal)
            ? ArtifactJson.TryParseMarker(System.Text.Encoding.UTF8.GetBytes(body))?.Version is { Length: > 0 }
            : path.EndsWith(".css", StringComparison.Ordinal) ? body.StartsWith("/* ", StringComparison.Ordinal) && body.EndsWith("x\n", StringComparison.Ordinal)
            : VersionedSite.VersionOfPage(body) is not null;
}
