using Liftoff.Records.Ledger;

namespace Liftoff.Core.Tests.Records.Ledger;

public sealed class LedgerQueriesTests
{
    [Test]
    public void LatestSuccessful_NewestVersionWasRolledBackFrom_SkipsIt()
    {
        DeploymentRecord[] newestFirst =
        [
            LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.RolledBack) with { RolledBackFrom = "1.1.0", RolledBackTo = "1.0.0" },
            LedgerRecords.Sample("production", "1.1.0", DeploymentOutcome.Validated),
            LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.Validated),
        ];

        Assert.That(LedgerQueries.LatestSuccessful(newestFirst, "production")!.Version, Is.EqualTo("1.0.0"));
    }

    [Test]
    public void IsMarkedBad_FailedInAnyEnvironment_IsTrue()
    {
        DeploymentRecord[] newestFirst = [LedgerRecords.Sample("staging", "2.0.0", DeploymentOutcome.Failed)];

        Assert.That(LedgerQueries.IsMarkedBad(newestFirst, "2.0.0"), Is.True);
        Assert.That(LedgerQueries.IsMarkedBad(newestFirst, "2.0.1"), Is.False);
    }

    [Test]
    public void HasValidated_MatchesTheArtifactBySha256InThatEnvironmentOnly()
    {
        DeploymentRecord[] newestFirst =
        [
            LedgerRecords.Sample("staging", "2.0.0", DeploymentOutcome.Validated, artifactSha256: "AB12"),
            LedgerRecords.Sample("test", "2.0.1", DeploymentOutcome.Deployed, artifactSha256: "cd34"),
        ];

        Assert.That(LedgerQueries.HasValidated(newestFirst, "staging", "ab12"), Is.True);
        Assert.That(LedgerQueries.HasValidated(newestFirst, "production", "ab12"), Is.False);
        Assert.That(LedgerQueries.HasValidated(newestFirst, "test", "cd34"), Is.False, "deployed is not a verdict");
    }

    [Test]
    public void Current_AfterAFailedDeployAndARollback_IsTheRolledBackToVersion()
    {
        DeploymentRecord[] newestFirst =
        [
            LedgerRecords.Sample("production", "1.0.0", DeploymentOutcome.RolledBack) with { RolledBackFrom = "1.1.0", RolledBackTo = "1.0.0" },
            LedgerRecords.Sample("production", "1.1.0", DeploymentOutcome.Failed),
            LedgerRecords.Sample("staging", "1.1.0", DeploymentOutcome.Validated),
        ];

        Assert.That(LedgerQueries.Current(newestFirst, "production")!.Version, Is.EqualTo("1.0.0"));
        Assert.That(LedgerQueries.Current(newestFirst, "staging")!.Version, Is.EqualTo("1.1.0"));
        Assert.That(LedgerQueries.Current(newestFirst, "test"), Is.Null);
    }
}
