namespace Liftoff.Diagnostics;

/// <summary>
/// The process exit codes Liftoff uses, so that CI and wrappers can tell a failed check from bad input.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for succeeded.</summary>
    public const int Success = 0;

    /// <summary>A task, check or deploy failed (rolled back or not).</summary>
    public const int TaskFailed = 1;

    /// <summary>The command line was wrong: an unknown target, a malformed argument, a missing directory.</summary>
    public const int BadInput = 2;

    /// <summary>The configuration is invalid; nothing ran.</summary>
    public const int ConfigurationInvalid = 3;

    /// <summary>
    /// A deploy failed its validation and the automatic rollback did not restore a verified version: the rollback failed,
    /// its own validation failed, or there was nothing to roll back to. Someone must look now.
    /// </summary>
    public const int RollbackFailed = 4;
}
