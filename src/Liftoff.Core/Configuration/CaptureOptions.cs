using System.ComponentModel;

namespace Liftoff.Configuration;

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
