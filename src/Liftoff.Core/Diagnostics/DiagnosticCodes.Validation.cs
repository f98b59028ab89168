namespace Liftoff.Diagnostics;

/// <summary>14xx (1400–1499): validation after a deploy, and the automatic rollback.</summary>
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

    /// <summary>A deploy failed its validation and was rolled back automatically; the restored version is served and verified.</summary>
    public const string ValidationFailedRolledBack = "LIFTOFF1405";

    /// <summary>
    /// A deploy failed its validation and the automatic rollback did not restore a verified version (exit code
    /// <see cref="ExitCodes.RollbackFailed"/>).
    /// </summary>
    public const string RollbackFailed = "LIFTOFF1406";

    /// <summary>A deploy failed its validation and stays served, because the rollback was turned off (<c>--no-rollback</c> or <c>rollbackOnFailure: false</c>).</summary>
    public const string ValidationFailedNotRolledBack = "LIFTOFF1407";
}
