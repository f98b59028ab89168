using System.Text.Json;
using Liftoff.TestSupport;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// <c>artifacts/reliability/results.json</c> (or <c>LIFTOFF_RELIABILITY_RESULTS</c>): one row per scenario, replaced
/// when the scenario runs again. <c>./build.sh --target=Reliability</c> deletes it first and prints it afterwards.
/// </summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly Lock Gate = new();

    /// <summary>Where the rows go.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("LIFTOFF_RELIABILITY_RESULTS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "reliability", "results.json");

    /// <summary>Adds or replaces the row of <paramref name="row"/>'s scenario, and prints it.</summary>
    public static void Write(ScenarioRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (Gate)
        {
            var rows = Read().Where(existing => existing.Scenario != row.Scenario).Append(row).ToList();
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(rows, Json));
            File.Move(temporary, Path, overwrite: true);
        }

        TestContext.Progress.WriteLine($"{row.Scenario}: {row.Held}/{row.Trials} held, {row.Failed} failed · {row.Figure}");
    }

    /// <summary>The rows written so far; none when the file is missing.</summary>
    public static IReadOnlyList<ScenarioRow> Read() =>
        File.Exists(Path) ? JsonSerializer.Deserialize<List<ScenarioRow>>(File.ReadAllText(Path)) ?? [] : [];
}
