namespace Liftoff.Diagnostics;

/// <summary>19xx: the nginx-slots target (blue-green and canary deploys of services behind nginx).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The nginx-slots settings are invalid: a missing command, equal ports, bad canary steps, and so on.</summary>
    public const string SlotsOptionsInvalid = "LIFTOFF1901";

    /// <summary><c>nginx -t</c> rejected the new upstream file; the previous file was put back and nothing was reloaded.</summary>
    public const string NginxConfigRejected = "LIFTOFF1902";

    /// <summary><c>nginx -s reload</c> failed; the previous upstream file was put back.</summary>
    public const string NginxReloadFailed = "LIFTOFF1903";

    /// <summary>The slot's start command failed, or its process exited before it was ready.</summary>
    public const string SlotStartFailed = "LIFTOFF1904";

    /// <summary>The slot did not answer its readiness path in time; it was stopped and no traffic moved.</summary>
    public const string SlotNotReady = "LIFTOFF1905";

    /// <summary>The smoke checks run directly against the new slot failed; it was stopped and no traffic moved.</summary>
    public const string SlotSmokeFailed = "LIFTOFF1906";

    /// <summary>The canary's analysis failed at a step: its weight went back to 0 and its slot was stopped.</summary>
    public const string CanaryAborted = "LIFTOFF1907";

    /// <summary>The canary was aborted by <c>Abort-&lt;Env&gt;</c> while the deploy was running.</summary>
    public const string CanaryAbortedManually = "LIFTOFF1908";

    /// <summary><c>Abort-&lt;Env&gt;</c> or <c>Promote-&lt;Env&gt;</c> found no canary in progress.</summary>
    public const string NoCanaryRunning = "LIFTOFF1909";

    /// <summary>A deploy was refused because a canary is still in progress; promote or abort it first.</summary>
    public const string CanaryInProgress = "LIFTOFF1910";

    /// <summary>The version asked for (for a rollback) is in neither slot.</summary>
    public const string SlotReleaseNotFound = "LIFTOFF1911";

    /// <summary>The slot state file next to the upstream file is not valid JSON, or not Liftoff's.</summary>
    public const string SlotStateUnreadable = "LIFTOFF1912";

    /// <summary>Another run held the slot state lock for too long.</summary>
    public const string SlotStateBusy = "LIFTOFF1913";

    /// <summary>After a switch nginx did not serve the new version's marker; the weights were put back.</summary>
    public const string SwitchNotServed = "LIFTOFF1914";

    /// <summary>A slot's process did not stop, even after SIGKILL to its process group.</summary>
    public const string SlotStopFailed = "LIFTOFF1915";

    /// <summary>A slots task ran for an environment whose target is not nginx-slots.</summary>
    public const string NotASlotsTarget = "LIFTOFF1916";
}
