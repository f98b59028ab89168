namespace Liftoff.Diagnostics;

/// <summary>14xx (1400–1449): validation after a deploy.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The validation failed: readiness, or more rounds than the failure limit allows.</summary>
    public const string ValidationFailed = "LIFTOFF1400";

    /// <summary>The expected version marker was not served before the readiness timeout: deployed but not served.</summary>
    public const string ValidationNotServed = "LIFTOFF1401";

    /// <summary>A declared check is invalid: a bad regular expression, JSON path, metric selector or empty command.</summary>
    public const string ValidationCheckInvalid = "LIFTOFF1402";

    /// <summary>A Prometheus text endpoint could not be parsed.</summary>
    public const string ValidationMetricsUnreadable = "LIFTOFF1403";

    /// <summary>The environment has no URL to validate.</summary>
    public const string ValidationNoUrl = "LIFTOFF1404";
}
