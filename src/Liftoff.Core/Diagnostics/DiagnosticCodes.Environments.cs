namespace Liftoff.Diagnostics;

/// <summary>0520–0599: environments, promotion, confirmation, the command target, rollback and validation read-back.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An environment's target settings are missing or invalid (a key, its value, and what was expected).</summary>
    public const string EnvironmentTargetInvalid = "LIFTOFF0520";

    /// <summary>The artifact was never validated in the environment it is promoted from.</summary>
    public const string PromotionRefused = "LIFTOFF0521";

    /// <summary>A deploy needs an argument it did not get (<c>--artifact</c>, <c>--reason</c>, <c>--from</c>, <c>--to</c>).</summary>
    public const string DeployArgumentMissing = "LIFTOFF0522";

    /// <summary>A protected environment was not confirmed: no terminal (or CI) without <c>--yes</c>, or the answer was no.</summary>
    public const string ConfirmationRefused = "LIFTOFF0523";

    /// <summary>A user's deploy, rollback or status command exited with a non-zero code.</summary>
    public const string CommandFailed = "LIFTOFF0524";

    /// <summary>A user's command ran longer than its timeout and was killed.</summary>
    public const string CommandTimedOut = "LIFTOFF0525";

    /// <summary>The target has no command for this operation (for example no <c>rollback</c> setting).</summary>
    public const string CommandNotConfigured = "LIFTOFF0526";

    /// <summary>There is no version to roll back to: no earlier successful deploy, or the one asked for is unknown or bad.</summary>
    public const string NoRollbackTarget = "LIFTOFF0527";

    /// <summary>The version marker read back does not name the version that should be served, or cannot be read.</summary>
    public const string MarkerMismatch = "LIFTOFF0528";

    /// <summary>An environment named on the command line is not configured.</summary>
    public const string UnknownEnvironment = "LIFTOFF0529";

    /// <summary>No artifact matching what the source environment runs could be found for a promotion.</summary>
    public const string PromotionArtifactMissing = "LIFTOFF0530";
}
