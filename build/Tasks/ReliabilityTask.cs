using System.Globalization;
using System.Text.Json;
using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Tasks;
using Spectre.Console;

namespace Build.Tasks;

/// <summary>
/// Runs the reliability and security suite (tests in category Reliability) with the full trial counts, then prints
/// one row per scenario from the results file the tests write, and ends with <c>reliability: held/total held</c>.
/// Any failed trial, or a test run that failed outside the trials, fails the target.
/// </summary>
[TaskName("Reliability")]
[TaskDescription("Runs the reliability suite with full trial counts (crashes, concurrency, GitHub faults, bad input, secrets, hostile artifacts) and prints its table.")]
[IsDependentOn(typeof(CompileTask))]
public sealed class ReliabilityTask : BuildTask<BuildContext>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override void Run(BuildContext context)
    {
        var folder = context.Artifacts.Combine("reliability");
        var results = folder.CombineWithFilePath("results.json");
        context.CleanDirectory(folder);
        CakeException? runFailure = null;
        try
        {
            context.DotNetTest(context.Root.CombineWithFilePath("tests/Liftoff.Reliability.Tests/Liftoff.Reliability.Tests.csproj").FullPath, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                Filter = "Category=Reliability",
                Loggers = ["trx", "console;verbosity=normal"],
                ResultsDirectory = folder,
                EnvironmentVariables = new Dictionary<string, string>
                {
                    ["LIFTOFF_RELIABILITY_FULL"] = "1",
                    ["LIFTOFF_RELIABILITY_RESULTS"] = results.FullPath,
                },
            });
        }
        catch (CakeException error)
        {
            runFailure = error;
        }

        var rows = File.Exists(results.FullPath)
            ? JsonSerializer.Deserialize<List<ScenarioRow>>(File.ReadAllText(results.FullPath), Json) ?? []
            : [];
        context.Log.Information("{0}", Render(rows));
        var held = rows.Sum(row => row.Held);
        var total = rows.Sum(row => row.Trials);
        context.Summary.SetClosingLine(string.Create(CultureInfo.InvariantCulture, $"reliability: {held}/{total} held"));
        if (rows.Count == 0)
        {
            throw new CakeException($"No scenario reported to {results.FullPath}.", runFailure);
        }

        if (held != total)
        {
            throw new CakeException(string.Create(CultureInfo.InvariantCulture, $"{total - held} of {total} reliability trials failed; see the table and the test output above."));
        }

        if (runFailure is not null)
        {
            throw new CakeException($"dotnet test failed although every trial held: {runFailure.Message}", runFailure);
        }
    }

    private static string Render(IReadOnlyList<ScenarioRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Scenario").AddColumn(new TableColumn("Trials").RightAligned()).AddColumn(new TableColumn("Held").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned()).AddColumn("Figure");
        foreach (var row in rows.OrderBy(row => row.Scenario, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(row.Scenario),
                row.Trials.ToString(CultureInfo.InvariantCulture),
                row.Held.ToString(CultureInfo.InvariantCulture),
                row.Failed.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Figure));
        }

        // Plain text, so CI logs read it as a terminal does.
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        console.Write(table);
        return writer.ToString();
    }

    /// <summary>A row of artifacts/reliability/results.json, as the suite writes it.</summary>
    private sealed record ScenarioRow(string Scenario, int Trials, int Held, int Failed, string Figure, bool Full);
}
