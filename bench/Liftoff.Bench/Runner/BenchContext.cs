using System.Globalization;

namespace Liftoff.Bench.Runner;

/// <summary>What every row shares: the options, a scratch folder, the cached tools, the log and the setup notes.</summary>
internal sealed class BenchContext(BenchOptions options, string scratch)
{
    private readonly List<string> _setup = [];

    public BenchOptions Options { get; } = options;

    public bool Quick => Options.Quick;

    public int Runs => Options.Runs;

    /// <summary>A folder for this run's sandboxes, deleted at the end.</summary>
    public string Scratch { get; } = scratch;

    /// <summary>
    /// npm packages and the Cake tool are installed once into a folder under the temp directory and reused by later
    /// runs, so a quick CI run does not pay for the downloads every time.
    /// </summary>
    public string ToolsDirectory { get; } = Path.Combine(Path.GetTempPath(), "liftoff-bench-tools");

    /// <summary>Things measured once while setting up (history generation, installs), shown under the table.</summary>
    public IReadOnlyList<string> SetupNotes => _setup;

    /// <summary>A path as RESULTS.md shows it: relative to the repository root when inside it.</summary>
    public string RelativeToRoot(string path)
    {
        var relative = Path.GetRelativePath(Options.Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    // An instance member on purpose: rows log through the context they are given.
#pragma warning disable CA1822
    public void Log(string line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTimeOffset.Now:HH:mm:ss}] {line}"));
#pragma warning restore CA1822

    public void Note(string line)
    {
        _setup.Add(line);
        Log("setup: " + line);
    }

    /// <summary>
    /// Warm-up, then <see cref="Runs"/> measured runs of both sides in the same run; see <see cref="CompareAsync"/>.
    /// </summary>
    public async Task<(Stat Liftoff, Stat Baseline)> PairedAsync(
        string label, string unit, Func<int, Task<double>> liftoff, Func<int, Task<double>> baseline)
    {
        var stats = await CompareAsync(label, unit, liftoff, baseline);
        return (stats[0], stats[1]);
    }

    /// <summary>
    /// Warm-up, then <see cref="Runs"/> measured runs of every side (Liftoff first in the list) in the same run. The
    /// order rotates from run to run, so no side always finds caches another just warmed. Each delegate gets the run
    /// number (0 is the warm-up) and returns the figure it measured.
    /// </summary>
    public async Task<Stat[]> CompareAsync(string label, string unit, params Func<int, Task<double>>[] sides)
    {
        Log($"{label}: warm-up");
        foreach (var side in sides)
        {
            await side(0);
        }

        var values = sides.Select(_ => new List<double>()).ToArray();
        for (var run = 1; run <= Runs; run++)
        {
            var measured = new double[sides.Length];
            for (var turn = 0; turn < sides.Length; turn++)
            {
                var index = (turn + run - 1) % sides.Length;
                measured[index] = await sides[index](run);
            }

            for (var index = 0; index < sides.Length; index++)
            {
                values[index].Add(measured[index]);
            }

            Log(string.Create(CultureInfo.InvariantCulture, $"  run {run}: liftoff {measured[0]:0.###} {unit} · baseline {string.Join(" · ", measured.Skip(1).Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))} {unit}"));
        }

        return [.. values.Select(list => new Stat(list, unit))];
    }

    /// <summary>Warm-up, then <see cref="Runs"/> measured runs of one side.</summary>
    public async Task<Stat> SingleAsync(string label, string unit, Func<int, Task<double>> measure)
    {
        Log($"{label}: warm-up");
        await measure(0);
        var values = new List<double>();
        for (var run = 1; run <= Runs; run++)
        {
            values.Add(await measure(run));
            Log(string.Create(CultureInfo.InvariantCulture, $"  run {run}: {values[^1]:0.###} {unit}"));
        }

        return new Stat(values, unit);
    }
}
