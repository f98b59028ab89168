using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

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

    /// <summary>
    /// The degraded response time in milliseconds, below the budget (Checkly's degraded/failed response times): slower
    /// than this but within the budget is Degraded, recorded and shown but never rolled back. 0 means none. Default 0.
    /// </summary>
    [Description("The degraded response time in milliseconds: slower is Degraded (shown, recorded, never rolled back); the budget is the failure (0: none).")]
    [Range(0, 3600000)]
    public int LatencyWarnMilliseconds { get; set; }

    /// <summary>Values captured from the response for later steps of a critical path. Default none.</summary>
    [Description("Values captured from the response for later steps of a critical path.")]
    public List<CaptureOptions> Capture { get; set; } = [];
}
