using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Deploy;

/// <summary>What a rollback did and whether the version it restored is served and healthy.</summary>
/// <param name="From">The version replaced, if known.</param>
/// <param name="To">The version served again.</param>
/// <param name="Record">The ledger record written for it.</param>
/// <param name="Report">The validation of the restored version; null when only the marker was read back.</param>
/// <param name="Problem">Why the restored version is not verified; null when it is.</param>
/// <param name="Recovery">From the failing verdict (or the start of the rollback) to the end of the verification.</param>
public sealed record RollbackResult(string? From, string To, DeploymentRecord Record, ValidationReport? Report, string? Problem, TimeSpan Recovery)
{
    /// <summary>True when the restored version is served and passed its checks.</summary>
    public bool Verified => Problem is null;
}
