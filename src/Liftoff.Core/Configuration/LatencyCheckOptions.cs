using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>A latency series: N requests to one path, with nearest-rank percentiles against budgets.</summary>
public sealed class LatencyCheckOptions
{
    /// <summary>The check's name in reports. Default: <c>latency</c> and the path.</summary>
    [Description("The check's name in reports (default: latency and the path).")]
    public string? Name { get; set; }

    /// <summary>The path, relative to the environment URL. Default <c>/</c>.</summary>
    [Description("The path, relative to the environment URL.")]
    public string Path { get; set; } = "/";

    /// <summary>How many requests are made, one after another. Default 20.</summary>
    [Description("How many requests are made, one after another.")]
    [Range(1, 100000)]
    public int Requests { get; set; } = 20;

    /// <summary>The status every request must get. Default 200.</summary>
    [Description("The status every request must get.")]
    [Range(100, 599)]
    public int ExpectStatus { get; set; } = 200;

    /// <summary>The p50 budget in milliseconds; 0 means none. Default 0.</summary>
    [Description("The p50 budget in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int P50Milliseconds { get; set; }

    /// <summary>The p50 above which the series is Degraded though within its budget; 0 means none. Default 0.</summary>
    [Description("The p50 in milliseconds above which the series is Degraded (shown, recorded, never rolled back) while within its budget (0: none).")]
    [Range(0, 3600000)]
    public int P50WarnMilliseconds { get; set; }

    /// <summary>The p95 budget in milliseconds; 0 means none. Default 500.</summary>
    [Description("The p95 budget in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int P95Milliseconds { get; set; } = 500;

    /// <summary>The p95 above which the series is Degraded though within its budget; 0 means none. Default 0.</summary>
    [Description("The p95 in milliseconds above which the series is Degraded (shown, recorded, never rolled back) while within its budget (0: none).")]
    [Range(0, 3600000)]
    public int P95WarnMilliseconds { get; set; }

    /// <summary>The p99 budget in milliseconds; 0 means none. Default 0.</summary>
    [Description("The p99 budget in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int P99Milliseconds { get; set; }

    /// <summary>The p99 above which the series is Degraded though within its budget; 0 means none. Default 0.</summary>
    [Description("The p99 in milliseconds above which the series is Degraded (shown, recorded, never rolled back) while within its budget (0: none).")]
    [Range(0, 3600000)]
    public int P99WarnMilliseconds { get; set; }
}
