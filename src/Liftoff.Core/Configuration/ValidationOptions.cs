using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>
/// The checks after a deploy. A placeholder with the analysis timing; the validation issue adds the checks.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>Whether the environment is validated after a deploy. Default true.</summary>
    [Description("Whether the environment is validated after a deploy.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds to wait for the new version to be ready. Default 60.</summary>
    [Description("Seconds to wait for the new version to be ready.")]
    [Range(0, 3600)]
    public int ReadinessTimeoutSeconds { get; set; } = 60;

    /// <summary>Rounds of observation after readiness. Default 3.</summary>
    [Description("Rounds of observation after readiness.")]
    [Range(1, 100)]
    public int Rounds { get; set; } = 3;

    /// <summary>Seconds between rounds. Default 10.</summary>
    [Description("Seconds between rounds.")]
    [Range(0, 3600)]
    public int IntervalSeconds { get; set; } = 10;
}
