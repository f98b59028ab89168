using System.Diagnostics;
using Liftoff.Bench.Rows;
using Liftoff.Bench.Runner;
using Liftoff.TestSupport;

// Liftoff beside the tools users would otherwise pick. ./build.sh --target=Bench [--quick] runs this.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine("bench: " + error.Message);
    return 2;
}

IBenchRow[] rows =
[
    new HistoryReadingRow(),
    new PipelineOverheadRow(),
    new RollbackRow(),
    new ZeroDowntimeRow(),
    new PagesDeployRow(),
    new SmokeChecksRow(),
];

var stopwatch = Stopwatch.StartNew();
using var scratch = TempDirectory.Create("bench", worldReadable: true);
var context = new BenchContext(options, scratch.Path);
var loadBefore = MachineInfo.LoadAverage();
context.Log($"bench: {(options.Quick ? "quick" : "full")} mode, {options.Runs} runs per figure after a warm-up; results go to {options.OutputDirectory}");
var results = new List<RowResult>();
var failures = new List<string>();
using var stop = new CancellationTokenSource();
foreach (var row in rows.Where(row => options.Includes(row.Id)))
{
    try
    {
        results.AddRange(await row.RunAsync(context, stop.Token));
    }
    catch (Exception error) when (error is not OperationCanceledException)
    {
        // One row failing (a tool that cannot be installed, nginx missing) must not cost the others their figures.
        failures.Add($"{row.Id}: {error.Message}");
        context.Log($"{row.Id} failed: {error}");
    }
}

stopwatch.Stop();
var machine = await MachineInfo.ReadAsync(loadBefore);
Directory.CreateDirectory(options.OutputDirectory);
var markdown = ResultsMarkdown.Render(results, context, machine, stopwatch.Elapsed);
if (failures.Count > 0)
{
    markdown += "\n## Rows that did not run\n\n" + string.Concat(failures.Select(failure => $"- {failure.ReplaceLineEndings(" ")}\n"));
}

await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "RESULTS.md"), markdown);
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.json"), ResultsJson.Render(results, context, machine, stopwatch.Elapsed));
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine(failures.Count == 0 ? $"bench: {results.Count} rows" : $"bench: {results.Count} rows, {failures.Count} row(s) failed");
return failures.Count == 0 ? 0 : 1;
