using System.Diagnostics;
using System.Text.Json;
using Liftoff.Bench.Runner;

namespace Liftoff.Bench.Tools;

/// <summary>
/// The npm tools the baselines use (conventional-changelog, gh-pages), installed with npm into a folder under the
/// temp directory and reused by later runs. When node is missing it is installed from Debian's packages (as root).
/// </summary>
internal static class NpmTools
{
    public static readonly string[] Packages = ["conventional-changelog-cli", "conventional-changelog-conventionalcommits", "gh-pages"];

    private static readonly SemaphoreSlim Once = new(1, 1);

    public static string Folder(BenchContext context) => Path.Combine(context.ToolsDirectory, "npm");

    /// <summary>The path of an installed package's command, for example <c>conventional-changelog</c>.</summary>
    public static async Task<string> CommandAsync(BenchContext context, string command)
    {
        await EnsureAsync(context);
        var path = Path.Combine(Folder(context), "node_modules", ".bin", command);
        return File.Exists(path) ? path : throw new InvalidOperationException($"npm installed the packages but {path} is missing");
    }

    /// <summary>The installed version of a package, for the results.</summary>
    public static string Version(BenchContext context, string package)
    {
        var manifest = Path.Combine(Folder(context), "node_modules", package, "package.json");
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.GetProperty("version").GetString() ?? "?";
    }

    private static async Task EnsureAsync(BenchContext context)
    {
        await Once.WaitAsync();
        try
        {
            var folder = Folder(context);
            if (Packages.All(package => File.Exists(Path.Combine(folder, "node_modules", package, "package.json"))))
            {
                return;
            }

            await EnsureNodeAsync(context);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "package.json"), "{ \"private\": true, \"description\": \"Liftoff bench baselines\" }\n");
            var stopwatch = Stopwatch.StartNew();
            await TimedProcess.RunAsync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", .. Packages],
                folder, timeout: TimeSpan.FromMinutes(10));
            context.Note(Formatting.Invariant($"npm install {string.Join(' ', Packages)} into {folder}: {stopwatch.Elapsed.TotalSeconds:0.0} s (once; later runs reuse it)"));
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task EnsureNodeAsync(BenchContext context)
    {
        try
        {
            await TimedProcess.RunAsync("npm", ["--version"], timeout: TimeSpan.FromMinutes(1));
            return;
        }
        catch (InvalidOperationException)
        {
            context.Log("node/npm not found: installing them from Debian's packages");
        }

        await TimedProcess.RunAsync("apt-get", ["update"], timeout: TimeSpan.FromMinutes(10));
        await TimedProcess.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "nodejs", "npm"],
            environment: new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" }, timeout: TimeSpan.FromMinutes(15));
    }
}
