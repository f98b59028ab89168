using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>
/// The checks after a deploy, declared rather than scripted: a readiness wait for the version marker, then
/// <see cref="Rounds"/> rounds of every declared check, <see cref="IntervalSeconds"/> apart.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>Whether the environment is validated after a deploy. Default true.</summary>
    [Description("Whether the environment is validated after a deploy.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds to wait for the new version (and artifact sha256) to be served. Default 60.</summary>
    [Description("Seconds to wait for the new version (and artifact sha256) to be served.")]
    [Range(0.0, 3600.0)]
    public double ReadinessTimeoutSeconds { get; set; } = 60;

    /// <summary>Seconds between two reads of the version marker while waiting. Default 1.</summary>
    [Description("Seconds between two reads of the version marker while waiting.")]
    [Range(0.0, 600.0)]
    public double ReadinessPollSeconds { get; set; } = 1;

    /// <summary>Rounds of observation after readiness. Default 3.</summary>
    [Description("Rounds of observation after readiness.")]
    [Range(1, 100)]
    public int Rounds { get; set; } = 3;

    /// <summary>Seconds between rounds. Default 10.</summary>
    [Description("Seconds between rounds.")]
    [Range(0.0, 3600.0)]
    public double IntervalSeconds { get; set; } = 10;

    /// <summary>How many rounds may fail before the validation fails. Default 0: any failing round fails it.</summary>
    [Description("How many rounds may fail before the validation fails (0: any failing round fails it).")]
    [Range(0, 100)]
    public int FailureLimit { get; set; }

    /// <summary>Seconds one check may take (one request, one path, one latency series). Default 10.</summary>
    [Description("Seconds one check may take; a check that runs longer fails.")]
    [Range(0.1, 3600.0)]
    public double CheckTimeoutSeconds { get; set; } = 10;

    /// <summary>How many checks of a round run at once. Default 4.</summary>
    [Description("How many checks of a round run at once.")]
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>HTTP smoke checks. Default none.</summary>
    [Description("HTTP smoke checks: one request each, with expectations on the response.")]
    public List<HttpCheckOptions> Http { get; set; } = [];

    /// <summary>Critical paths: requests in order, carrying captured values. Default none.</summary>
    [Description("Critical paths: requests in order; a step can capture a value used by later steps as {name}.")]
    public List<CriticalPathOptions> CriticalPaths { get; set; } = [];

    /// <summary>Error rates read from a Prometheus text endpoint. Default none.</summary>
    [Description("Error rates read from a Prometheus text endpoint, as the change of an error counter against a total.")]
    public List<ErrorRateCheckOptions> ErrorRates { get; set; } = [];

    /// <summary>Latency series: N requests, nearest-rank p50/p95/p99 against budgets. Default none.</summary>
    [Description("Latency series: N requests, with p50/p95/p99 (nearest rank) against budgets.")]
    public List<LatencyCheckOptions> Latency { get; set; } = [];

    /// <summary>Commands, for example an end-to-end suite run against <c>{url}</c>. Default none.</summary>
    [Description("Commands run by the shell with {url} replaced; exit code 0 passes.")]
    public List<CommandCheckOptions> Commands { get; set; } = [];
}

/// <summary>One HTTP request and what its response must show; also one step of a critical path.</summary>
public sealed class HttpCheckOptions
{
    /// <summary>The check's name in reports. Default: the method and path.</summary>
    [Description("The check's name in reports (default: the method and path).")]
    public string? Name { get; set; }

    /// <summary>The HTTP method. Default <c>GET</c>.</summary>
    [Description("The HTTP method.")]
    public string Method { get; set; } = "GET";

    /// <summary>The path, relative to the environment URL; <c>{name}</c> is replaced by a captured value. Default <c>/</c>.</summary>
    [Description("The path, relative to the environment URL; {name} is replaced by a captured value.")]
    public string Path { get; set; } = "/";

    /// <summary>Request headers; values may use <c>{name}</c>. Default none.</summary>
    [Description("Request headers; values may use {name}.")]
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The request body (sent as JSON when it starts with <c>{</c> or <c>[</c>); may use <c>{name}</c>. Default none.</summary>
    [Description("The request body (sent as JSON when it starts with { or [); may use {name}.")]
    public string? Body { get; set; }

    /// <summary>The expected status code. Default 200.</summary>
    [Description("The expected status code.")]
    [Range(100, 599)]
    public int ExpectStatus { get; set; } = 200;

    /// <summary>Text the body must contain. Default none.</summary>
    [Description("Text the body must contain.")]
    public string? BodyContains { get; set; }

    /// <summary>A regular expression the body must match. Default none.</summary>
    [Description("A regular expression the body must match.")]
    public string? BodyRegex { get; set; }

    /// <summary>A JSON path (<c>$.user.name</c>, <c>$.items[0].id</c>) that must exist in the body. Default none.</summary>
    [Description("A JSON path ($.user.name, $.items[0].id) that must exist in the body.")]
    public string? JsonPath { get; set; }

    /// <summary>The value expected at <see cref="JsonPath"/>, compared as text. Default: any value.</summary>
    [Description("The value expected at jsonPath, compared as text (default: any value).")]
    public string? JsonValue { get; set; }

    /// <summary>A response header that must be present. Default none.</summary>
    [Description("A response header that must be present.")]
    public string? Header { get; set; }

    /// <summary>Text the response header's value must contain. Default: any value.</summary>
    [Description("Text the response header's value must contain (default: any value).")]
    public string? HeaderContains { get; set; }

    /// <summary>The latency budget of the request in milliseconds; 0 means none. Default 0.</summary>
    [Description("The latency budget of the request in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int LatencyBudgetMilliseconds { get; set; }

    /// <summary>Values captured from the response for later steps of a critical path. Default none.</summary>
    [Description("Values captured from the response for later steps of a critical path.")]
    public List<CaptureOptions> Capture { get; set; } = [];
}

/// <summary>A value captured from a response: from a JSON path, or a regular expression's first group.</summary>
public sealed class CaptureOptions
{
    /// <summary>The variable's name, used later as <c>{name}</c>.</summary>
    [Description("The variable's name, used later as {name}.")]
    public string Name { get; set; } = "";

    /// <summary>A JSON path into the body. Default none.</summary>
    [Description("A JSON path into the body.")]
    public string? JsonPath { get; set; }

    /// <summary>A regular expression over the body; the group named <c>value</c>, or else the first group, is captured. Default none.</summary>
    [Description("A regular expression over the body; the group named value, or else the first group, is captured.")]
    public string? Regex { get; set; }
}

/// <summary>A critical path: steps in order, stopping at the first failure.</summary>
public sealed class CriticalPathOptions
{
    /// <summary>The path's name in reports.</summary>
    [Description("The path's name in reports.")]
    public string Name { get; set; } = "";

    /// <summary>The steps, run in order.</summary>
    [Description("The steps, run in order.")]
    public List<HttpCheckOptions> Steps { get; set; } = [];
}

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

    /// <summary>The fewest requests a round must see for a verdict; fewer fails (no data). Default 1.</summary>
    [Description("The fewest requests a round must see for a verdict; fewer fails as no data.")]
    [Range(1, int.MaxValue)]
    public int MinimumRequests { get; set; } = 1;
}

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

    /// <summary>The p95 budget in milliseconds; 0 means none. Default 500.</summary>
    [Description("The p95 budget in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int P95Milliseconds { get; set; } = 500;

    /// <summary>The p99 budget in milliseconds; 0 means none. Default 0.</summary>
    [Description("The p99 budget in milliseconds (0: none).")]
    [Range(0, 3600000)]
    public int P99Milliseconds { get; set; }
}

/// <summary>A command run by the shell, for example an end-to-end suite against <c>{url}</c>.</summary>
public sealed class CommandCheckOptions
{
    /// <summary>The check's name in reports. Default: the command.</summary>
    [Description("The check's name in reports (default: the command).")]
    public string? Name { get; set; }

    /// <summary>The command line; <c>{url}</c> is replaced by the environment URL.</summary>
    [Description("The command line; {url} is replaced by the environment URL.")]
    public string Command { get; set; } = "";

    /// <summary>Seconds the command may run before it is stopped and fails. Default 300.</summary>
    [Description("Seconds the command may run before it is stopped and fails.")]
    [Range(0.1, 86400.0)]
    public double TimeoutSeconds { get; set; } = 300;
}
