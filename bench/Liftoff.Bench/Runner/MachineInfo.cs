using System.Runtime.InteropServices;

namespace Liftoff.Bench.Runner;

/// <summary>What the figures were measured on, read from the tools themselves.</summary>
internal sealed record MachineInfo(
    DateTimeOffset Date, int Cores, string Os, string Dotnet, string Git, string Node, string Nginx, string LoadBefore, string LoadAfter)
{
    public static async Task<MachineInfo> ReadAsync(string loadBefore) => new(
        DateTimeOffset.UtcNow,
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        await VersionOfAsync("git", "--version"),
        await VersionOfAsync("node", "--version"),
        await VersionOfAsync("nginx", "-v"),
        loadBefore,
        LoadAverage());

    /// <summary>The 1-, 5- and 15-minute load averages: how busy the shared machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public string Describe() =>
        Formatting.Invariant($"Machine: {Cores} cores, {Os}, {Dotnet}, {Git}, node {Node}, {Nginx}; load average {LoadBefore} at the start, {LoadAfter} at the end (1, 5, 15 min).");

    private static async Task<string> VersionOfAsync(string program, string argument)
    {
        try
        {
            var outcome = await TimedProcess.RunAsync(program, [argument], keepOutput: true, timeout: TimeSpan.FromSeconds(20));
            // nginx prints its version on standard error.
            var text = (outcome.Output.Length > 0 ? outcome.Output : outcome.Error).Trim();
            return text.Replace("nginx version: ", "", StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            return $"no {program}";
        }
    }
}
