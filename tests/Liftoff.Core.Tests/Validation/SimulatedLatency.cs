using Microsoft.Extensions.Time.Testing;

namespace Liftoff.Core.Tests.Validation;

/// <summary>
/// Sends real requests to the test app, then moves a fake clock on by the latency set for the path, so a check
/// measures exactly that latency: a budget or a timeout is crossed by construction, never by how busy the machine is.
/// </summary>
internal sealed class SimulatedLatency() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly Dictionary<string, TimeSpan[]> _latencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Each answer on <paramref name="path"/> takes the next of <paramref name="milliseconds"/>, the last one repeating.</summary>
    public SimulatedLatency On(string path, params int[] milliseconds)
    {
        _latencies[path] = [.. milliseconds.Select(ms => TimeSpan.FromMilliseconds(ms))];
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        TimeSpan latency;
        lock (_gate)
        {
            if (!_latencies.TryGetValue(path, out var list))
            {
                return response;
            }

            var n = _counts.GetValueOrDefault(path);
            _counts[path] = n + 1;
            latency = list[Math.Min(n, list.Length - 1)];
        }

        // Moving the clock fires any check timeout it passes, as a slow answer would.
        Time.Advance(latency);
        if (cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return response;
    }
}
