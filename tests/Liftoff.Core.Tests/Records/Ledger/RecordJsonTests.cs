using System.Text.Json;
using Liftoff.Diagnostics;
using Liftoff.Records;
using Liftoff.Records.Ledger;

namespace Liftoff.Core.Tests.Records.Ledger;

public sealed class RecordJsonTests
{
    [Test]
    public void Format_ThenParse_RoundTripsEveryField()
    {
        var record = LedgerRecords.Sample("production", "1.5.0", DeploymentOutcome.RolledBack) with
        {
            Commit = "3f9a1c2",
            ArtifactSha256 = "ab12",
            RunId = "118",
            EndedAt = ManualTimeProvider.Start.AddMinutes(4),
            Measurements = new Dictionary<string, double> { ["p95Ms"] = 180, ["errorRate"] = 0.0001 },
            RolledBackFrom = "1.5.0",
            RolledBackTo = "1.4.2",
            Waivers = [new Waiver("Check-Review", "hotfix for INC-7")],
        };

        var message = RecordMessage.Format("production: rolled back", record);
        var parsed = RecordMessage.Parse<DeploymentRecord>(message, "test");

        Assert.That(JsonSerializer.Serialize(parsed, RecordMessage.JsonOptions), Is.EqualTo(JsonSerializer.Serialize(record, RecordMessage.JsonOptions)));
        Assert.That(parsed.Measurements["p95Ms"], Is.EqualTo(180));
        Assert.That(parsed.Waivers, Is.EqualTo(record.Waivers));
        Assert.That(parsed.EndedAt, Is.EqualTo(record.EndedAt));
    }

    [Test]
    public void Format_Record_WritesASummaryLineThenCamelCaseJsonWithKebabOutcome()
    {
        var message = RecordMessage.Format("production: deployed 1.5.0", LedgerRecords.Sample("production", "1.5.0", DeploymentOutcome.RolledBack));

        Assert.That(message, Does.StartWith("production: deployed 1.5.0\n\n{\"id\":"));
        Assert.That(message, Does.Contain("\"outcome\":\"rolled-back\"").And.Not.Contain("\"commit\":null"));
    }

    [Test]
    public void Parse_NotARecord_ThrowsRecordUnreadable()
    {
        var error = Assert.Throws<LiftoffException>(() => RecordMessage.Parse<DeploymentRecord>("hand-made commit\n\nnot json", "The ledger commit abc"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.RecordUnreadable));
        Assert.That(error.Message, Does.Contain("The ledger commit abc"));
    }

    [Test]
    public void Parse_UnknownOutcome_ThrowsRecordUnreadable() =>
        Assert.Throws<LiftoffException>(() => RecordMessage.Parse<DeploymentRecord>(
            "x\n\n{\"id\":\"1\",\"environment\":\"e\",\"version\":\"1\",\"actor\":\"a\",\"startedAt\":\"2026-01-01T00:00:00Z\",\"outcome\":\"exploded\"}",
            "test"));
}
