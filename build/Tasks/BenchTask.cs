using System.Text.Json;
using Cake.Common;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Core;
using Cake.Core.IO;
using Liftoff.Cake.Tasks;

namespace Build.Tasks;

/// <summary>
/// Builds bench/ in Release and runs it: Liftoff beside the tools users would otherwise pick, each figure the median
/// of at least five runs after a warm-up. A full run writes bench/RESULTS.md and bench/results.json; <c>--quick</c>
/// (smaller sizes, for CI smoke runs) writes to artifacts/bench/ so it never overwrites the committed results.
/// </summary>
[TaskName("Bench")]
[TaskDescription("Runs the benchmarks (--quick: CI sizes; --runs=N, --only=B1,B5, --commits=10000,100000,1000000, --changelog-commits=N, --output=DIR) and writes RESULTS.md and results.json.")]
public sealed class BenchTask : BuildTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var quick = context.HasArgument("quick");
        var project = context.Root.CombineWithFilePath("bench/Liftoff.Bench/Liftoff.Bench.csproj");
        var output = context.Root.Combine(context.Argument("output", quick ? "artifacts/bench" : "bench"));
        context.DotNetBuild(project.FullPath, new DotNetBuildSettings { Configuration = "Release" });

        // The B1 Changelog figure runs this very host, started directly, as the whole Changelog target.
        var arguments = new ProcessArgumentBuilder()
            .Append($"--root={context.Root.FullPath}")
            .Append($"--build-dll={typeof(BenchTask).Assembly.Location}")
            .Append($"--output={output.FullPath}");
        if (quick)
        {
            arguments.Append("--quick");
        }

        foreach (var name in new[] { "runs", "only", "commits", "changelog-commits" }.Where(context.HasArgument))
        {
            arguments.Append($"--{name}={context.Argument<string>(name)}");
        }

        CakeException? failure = null;
        try
        {
            context.DotNetExecute(context.Root.CombineWithFilePath("bench/Liftoff.Bench/bin/Release/net10.0/Liftoff.Bench.dll"), arguments);
        }
        catch (CakeException error)
        {
            // A row that could not run makes the bench exit non-zero; the rows that ran are still written and counted.
            failure = error;
        }

        var rows = CountRows(output.CombineWithFilePath("results.json").FullPath);
        context.Summary.SetClosingLine(failure is null ? $"bench: {rows} rows" : $"bench: {rows} rows (some rows failed; see RESULTS.md)");
        if (failure is not null)
        {
            throw new CakeException($"The bench did not finish every row: {failure.Message}", failure);
        }
    }

    private static int CountRows(string resultsJson)
    {
        if (!File.Exists(resultsJson))
        {
            return 0;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(resultsJson));
        return document.RootElement.GetProperty("rows").GetArrayLength();
    }
}
