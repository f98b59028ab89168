using System.ComponentModel;

namespace Liftoff.Configuration;

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
