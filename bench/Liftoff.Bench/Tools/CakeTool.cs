using System.Diagnostics;
using Liftoff.Bench.Runner;

namespace Liftoff.Bench.Tools;

/// <summary>
/// Cake.Tool 7.0.0 installed as a local tool (a tool manifest in a folder under the tools folder), with a
/// <c>build.cake</c> of four empty tasks chained as <c>Clean → Build → Test → Default</c>: the script a Cake user would
/// write for the same build.
/// </summary>
internal static class CakeTool
{
    public const string Version = "7.0.0";

    public static async Task<string> PrepareAsync(BenchContext context)
    {
        var folder = Path.Combine(context.ToolsDirectory, "cake");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "build.cake"), """
            var target = Argument("target", "Default");

            Task("Clean");
            Task("Build").IsDependentOn("Clean");
            Task("Test").IsDependentOn("Build");
            Task("Default").IsDependentOn("Test");

            RunTarget(target);

            """);
        // SDK 10 writes the manifest at the folder's root; earlier SDKs under .config/. Either is found by dotnet tool.
        var manifest = new[] { Path.Combine(folder, "dotnet-tools.json"), Path.Combine(folder, ".config", "dotnet-tools.json") }.FirstOrDefault(File.Exists);
        if (manifest is null || !(await File.ReadAllTextAsync(manifest)).Contains($"\"{Version}\"", StringComparison.Ordinal))
        {
            var stopwatch = Stopwatch.StartNew();
            if (manifest is null)
            {
                await TimedProcess.RunAsync("dotnet", ["new", "tool-manifest"], folder, timeout: TimeSpan.FromMinutes(2));
            }

            await TimedProcess.RunAsync("dotnet", ["tool", "install", "cake.tool", "--version", Version], folder, timeout: TimeSpan.FromMinutes(5));
            context.Note(Formatting.Invariant($"B2: dotnet tool install cake.tool --version {Version} (local tool manifest in {folder}): {stopwatch.Elapsed.TotalSeconds:0.0} s (once)"));
        }

        await TimedProcess.RunAsync("dotnet", ["tool", "restore"], folder, timeout: TimeSpan.FromMinutes(5));
        return folder;
    }
}
