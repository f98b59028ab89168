using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Liftoff.TestSupport.TestApp;

/// <summary>Request counters by status code, served as Prometheus text; 200 and 500 are always present.</summary>
public sealed class TestAppMetrics
{
    private readonly ConcurrentDictionary<int, long> _byCode = new() { [200] = 0, [500] = 0 };

    /// <summary>Requests answered with <paramref name="code"/> so far.</summary>
    public long Count(int code) => _byCode.TryGetValue(code, out var count) ? count : 0;

    /// <summary>Every request counted so far.</summary>
    public long Total => _byCode.Values.Sum();

    internal void Record(int code) => _byCode.AddOrUpdate(code, 1, (_, count) => count + 1);

    internal string Render()
    {
        var text = new StringBuilder()
            .Append("# HELP http_requests_total Requests answered, by status code.\n")
            .Append("# TYPE http_requests_total counter\n");
        foreach (var (code, count) in _byCode.OrderBy(p => p.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"http_requests_total{{code=\"{code}\",path=\"all\"}} {count}\n");
        }

        return text.Append("# TYPE process_up gauge\nprocess_up 1\n").ToString();
    }
}
