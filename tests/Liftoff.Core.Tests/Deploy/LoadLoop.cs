using System.Collections.Concurrent;

namespace Liftoff.Core.Tests.Deploy;

/// <summary>
/// Several workers sending GETs to one server as fast as they can until stopped, each response classified by a
/// check that returns the version it came from, or null for a failure (an error, a non-200, a torn or mixed body).
/// </summary>
internal sealed class LoadLoop(HttpClient http, IReadOnlyList<Uri> urls, Func<string, string?> versionOf)
{
    private long _requests;
    private long _failures;

    public long Requests => Interlocked.Read(ref _requests);

    public long Failures => Interlocked.Read(ref _failures);

    public ConcurrentDictionary<string, long> ByVersion { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> FailureSamples { get; } = new();

    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker, stop), CancellationToken.None)));

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            var url = urls[i % urls.Count];
            string? outcome;
            try
            {
                // Not cancelled by 'stop': a request in flight is finished and counted, never abandoned.
                using var response = await http.GetAsync(url, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                outcome = response.IsSuccessStatusCode ? versionOf(body) : null;
                if (outcome is null)
                {
                    Sample($"{url} -> {(int)response.StatusCode}, {body.Length} chars: {body[..Math.Min(body.Length, 120)]}");
                }
            }
            catch (HttpRequestException error)
            {
                outcome = null;
                Sample($"{url} -> {error.Message}");
            }

            Interlocked.Increment(ref _requests);
            if (outcome is null)
            {
                Interlocked.Increment(ref _failures);
            }
            else
            {
                ByVersion.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            }
        }
    }

    private void Sample(string failure)
    {
        if (FailureSamples.Count < 10)
        {
            FailureSamples.Enqueue(failure);
        }
    }
}
