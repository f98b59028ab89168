using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>The <c>github</c> section.</summary>
public sealed class GitHubOptions
{
    /// <summary>The REST API's base URL; set it for GitHub Enterprise. Default <c>https://api.github.com/</c>.</summary>
    [Description("The REST API's base URL; set it for GitHub Enterprise.")]
    public Uri ApiUrl { get; set; } = new("https://api.github.com/");

    /// <summary>The repository owner. Default: read from the origin URL.</summary>
    [Description("The repository owner. Default: read from the origin URL.")]
    public string? Owner { get; set; }

    /// <summary>The repository name. Default: read from the origin URL.</summary>
    [Description("The repository name. Default: read from the origin URL.")]
    public string? Repository { get; set; }

    /// <summary>Whether a missing token is an error rather than a skipped step. Default false.</summary>
    [Description("Whether a missing token is an error rather than a skipped step.")]
    public bool Required { get; set; }

    /// <summary>
    /// The token, only as <c>env:VARIABLE</c>. Empty (the default) reads <c>GITHUB_TOKEN</c>, then <c>GH_TOKEN</c>.
    /// </summary>
    [Description("The token, only as env:VARIABLE. Empty reads GITHUB_TOKEN, then GH_TOKEN.")]
    [Secret("GITHUB_TOKEN", "GH_TOKEN")]
    public string Token { get; set; } = "";

    /// <summary>Seconds before one API call times out. Default 100.</summary>
    [Description("Seconds before one API call times out.")]
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>Retries of a transient failure (429, 5xx, network). Default 4.</summary>
    [Description("Retries of a transient failure (429, 5xx, network).")]
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;
}
