using Liftoff.Records.Ledger;

namespace Liftoff.Core.Tests.Records.Ledger;

/// <summary>Builds ledger records for tests.</summary>
internal static class LedgerRecords
{
    public static DeploymentRecord Sample(string environment, string version, DeploymentOutcome outcome, string? artifactSha256 = null) => new()
    {
        Id = DeploymentLedger.NewId(),
        Environment = environment,
        Version = version,
        Actor = "alice",
        StartedAt = ManualTimeProvider.Start,
        Outcome = outcome,
        ArtifactSha256 = artifactSha256,
    };
}
