using System.Collections.Concurrent;

namespace Liftoff.TestSupport.TestApp;

/// <summary>
/// How the test app behaves, changeable while it runs: the version marker it serves, and the ways it can misbehave.
/// Every knob is safe to set from a test while requests are in flight.
/// </summary>
public sealed class TestAppBehavior
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _empty = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _aborted = new(StringComparer.OrdinalIgnoreCase);
    private long _errorRateCounter;

    /// <summary>The marker's name. Default <c>site</c>.</summary>
    public string Name { get; set; } = "site";

    /// <summary>The version the marker and the pages show. Default <c>1.0.0</c>.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>The marker's commit.</summary>
    public string Commit { get; set; } = "0000000000000000000000000000000000000000";

    /// <summary>The marker's content sha256.</summary>
    public string ContentSha256 { get; set; } = new('a', 64);

    /// <summary>When true, <c>/api/me</c> rejects every token with 401 (login still answers).</summary>
    public bool BreakAuth { get; set; }

    /// <summary>When true, <c>/metrics</c> answers 404.</summary>
    public bool MetricsMissing { get; set; }

    /// <summary>When set, <c>/metrics</c> serves this text instead of the real counters.</summary>
    public string? MetricsOverride { get; set; }

    /// <summary>
    /// The share of requests (outside <c>/metrics</c> and the marker) answered 500, in percent, spread evenly:
    /// 10 fails exactly every tenth request. Default 0.
    /// </summary>
    public double ErrorRatePercent { get; set; }

    /// <summary>Answers every request to <paramref name="path"/> with <paramref name="status"/> instead.</summary>
    public void FailRoute(string path, int status = 500) => _failures[path] = status;

    /// <summary>Delays every answer on <paramref name="path"/>.</summary>
    public void SlowRoute(string path, TimeSpan delay) => _delays[path] = delay;

    /// <summary>Answers <paramref name="path"/> with 200 and an empty body.</summary>
    public void EmptyBody(string path) => _empty[path] = true;

    /// <summary>Drops the connection of every request to <paramref name="path"/> without an answer: a real network error.</summary>
    public void AbortRoute(string path) => _aborted[path] = true;

    /// <summary>Answers <paramref name="path"/> normally again after <see cref="AbortRoute"/>.</summary>
    public void RestoreRoute(string path) => _aborted.TryRemove(path, out _);

    /// <summary>Back to good behaviour; the marker is kept.</summary>
    public void Reset()
    {
        _failures.Clear();
        _delays.Clear();
        _empty.Clear();
        _aborted.Clear();
        BreakAuth = false;
        MetricsMissing = false;
        MetricsOverride = null;
        ErrorRatePercent = 0;
    }

    internal int? FailureFor(string path) => _failures.TryGetValue(path, out var status) ? status : null;

    internal TimeSpan DelayFor(string path) => _delays.TryGetValue(path, out var delay) ? delay : TimeSpan.Zero;

    internal bool IsEmpty(string path) => _empty.ContainsKey(path);

    internal bool IsAborted(string path) => _aborted.ContainsKey(path);

    /// <summary>True when this request is one of the <see cref="ErrorRatePercent"/> to fail.</summary>
    internal bool NextRequestFails()
    {
        var percent = ErrorRatePercent;
        if (percent <= 0)
        {
            return false;
        }

        var n = Interlocked.Increment(ref _errorRateCounter);
        return Math.Floor(n * percent / 100) > Math.Floor((n - 1) * percent / 100);
    }
}
