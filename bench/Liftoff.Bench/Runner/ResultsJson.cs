using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liftoff.Bench.Runner;

/// <summary>Writes bench/results.json: every row with every sample, for tools and for comparing runs.</summary>
internal static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Render(IReadOnlyList<RowResult> rows, BenchContext context, MachineInfo machine, TimeSpan took) =>
        JsonSerializer.Serialize(new
        {
            mode = context.Quick ? "quick" : "full",
            date = machine.Date,
            minutes = Math.Round(took.TotalMinutes, 2),
            runsPerFigure = context.Runs,
            warmupRuns = 1,
            machine = new { machine.Cores, machine.Os, machine.Dotnet, machine.Git, machine.Node, machine.Nginx, machine.LoadBefore, machine.LoadAfter },
            rows = rows.Select(row => new
            {
                row.Id,
                row.Row,
                row.Figure,
                liftoff = Side(row.Liftoff),
                baseline = row.Baseline is null ? null : Side(row.Baseline),
                baselineStopped = row.BaselineStopped,
                ratio = row.Ratio is { } ratio ? Math.Round(ratio, 4) : (double?)null,
                row.Goal,
                row.Met,
                row.Runs,
                row.LiftoffCommand,
                row.BaselineCommand,
                row.Note,
            }),
            setup = context.SetupNotes,
        }, Options) + "\n";

    private static object Side(Stat stat) => new
    {
        median = Math.Round(stat.Median, 3),
        min = Math.Round(stat.Min, 3),
        max = Math.Round(stat.Max, 3),
        unit = stat.Unit,
        samples = stat.Samples.Select(value => Math.Round(value, 3)),
    };
}
