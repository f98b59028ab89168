using System.Globalization;
using Liftoff.Deploy.Promotion;
using Liftoff.Records.Ledger;
using Spectre.Console;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>The ledger's records of one environment as a plain-text table, newest first.</summary>
internal static class LedgerTable
{
    public static Table Build(IEnumerable<DeploymentRecord> records)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("When (UTC)").AddColumn("Outcome").AddColumn("Version").AddColumn("Commit").AddColumn("Archive sha256")
            .AddColumn("From → to").AddColumn("Actor").AddColumn("Waivers");
        foreach (var record in records)
        {
            table.AddRow(
                Cell(record.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Cell(Outcome(record)),
                Cell(record.Version),
                Cell(record.Commit is { Length: > 7 } commit ? commit[..7] : record.Commit ?? ""),
                Cell(PromotionCheck.Abbreviate(record.ArtifactSha256)),
                Cell(record.RolledBackTo is null ? "" : $"{record.RolledBackFrom ?? "?"} → {record.RolledBackTo}"),
                Cell(record.Actor),
                Cell(string.Join("; ", record.Waivers.Select(w => $"{w.Check}: {w.Reason}"))));
        }

        return table;
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));

    // A validation kept despite warnings or errors says so, from the flags the validator records.
    private static string Outcome(DeploymentRecord record) =>
        PromotionCheck.Kebab(record.Outcome) + (
            record.Measurements.ContainsKey("validation.degraded") ? " (degraded)"
            : record.Measurements.ContainsKey("validation.inconclusive") ? " (inconclusive)"
            : record.Measurements.GetValueOrDefault("rollback.verified", 1) == 0 ? " (not verified)"
            : "");
}
