namespace Liftoff.Diagnostics;

/// <summary>06xx: records kept as git refs (the deploy lock and the deployment ledger).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The environment's deploy lock is held by someone else.</summary>
    public const string LockHeld = "LIFTOFF0601";

    /// <summary>The environment's deploy lock is held, but older than its TTL; it is reported, never taken silently.</summary>
    public const string LockStale = "LIFTOFF0602";

    /// <summary>A lock or ledger ref holds something that is not a Liftoff record.</summary>
    public const string RecordUnreadable = "LIFTOFF0603";

    /// <summary>A ledger append kept losing the compare-and-swap race and gave up after its retries.</summary>
    public const string LedgerContention = "LIFTOFF0604";

    /// <summary>A record or ref name is invalid (an environment name that cannot be part of a ref, an empty id).</summary>
    public const string RecordInvalid = "LIFTOFF0605";
}
