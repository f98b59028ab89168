using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>An error rate: Δerrors/Δtotal between two reads of a Prometheus text endpoint.</summary>
public sealed class ErrorRateCheckOptions
{
    /// <summary>The check's name in reports. Default <c>error rate</c>.</summary>
    [Description("The check's name in reports.")]
    public string Name { get; set; } = "error rate";

    /// <summary>The metrics path, relative to the environment URL, or an absolute URL. Default <c>/metrics</c>.</summary>
    [Description("The metrics path, relative to the environment URL, or an absolute URL.")]
    public string Path { get; set; } = "/metrics";

    /// <summary>The error counter, as a Prometheus selector. Default <c>http_requests_total{code=~"5.."}</c>.</summary>
    [Description("The error counter, as a Prometheus selector (=, !=, =~ and !~ label matchers).")]
    public string Errors { get; set; } = "http_requests_total{code=~\"5..\"}";

    /// <summary>The total counter, as a Prometheus selector. Default <c>http_requests_total</c>.</summary>
    [Description("The total counter, as a Prometheus selector.")]
    public string Total { get; set; } = "http_requests_total";

    /// <summary>The highest error rate that passes, in percent. Default 1.</summary>
    [Description("The highest error rate that passes, in percent.")]
    [Range(0.0, 100.0)]
    public double ThresholdPercent { get; set; } = 1;

    /// <summary>The error rate, in percent, above which the check is Degraded though under the threshold; 0 means none. Default 0.</summary>
    [Description("The error rate in percent above which the check is Degraded (shown, recorded, never rolled back) while under the threshold (0: none).")]
    [Range(0.0, 100.0)]
    public double WarnPercent { get; set; }

    /// <summary>The fewest requests a round must see for a verdict; fewer fails (no data). Default 1.</summary>
    [Description("The fewest requests a round must see for a verdict; fewer fails as no data.")]
    [Range(1, int.MaxValue)]
    public int MinimumRequests { get; set; } = 1;
}
