namespace Liftoff.Diagnostics;

/// <summary>16xx: the consumer's extension points: stages switched off in configuration, deploy targets registered in code.</summary>
public static partial class DiagnosticCodes
{
    /// <summary><c>stages</c> names a task this pipeline does not have.</summary>
    public const string StageUnknown = "LIFTOFF1601";

    /// <summary>An environment's target is <c>custom</c> but its <c>kind</c> is missing or was not registered with <c>AddDeployTarget</c>.</summary>
    public const string CustomTargetUnknown = "LIFTOFF1602";

    /// <summary><c>AddDeployTarget</c> was called with an empty kind, or twice with the same kind.</summary>
    public const string CustomTargetRegistrationInvalid = "LIFTOFF1603";
}
