using System.Globalization;

namespace Liftoff.Bench.Runner;

/// <summary>
/// The command line: <c>--root=DIR</c> (the Liftoff repository), <c>--build-dll=PATH</c> (the compiled build host),
/// <c>--quick</c> (small sizes for CI), <c>--runs=N</c> (measured runs per figure, at least 5), <c>--output=DIR</c>
/// (where RESULTS.md and results.json go) and <c>--only=B1,B5</c> (some rows only).
/// </summary>
internal sealed record BenchOptions
{
    public const int MinimumRuns = 5;

    public required string Root { get; init; }

    public required string BuildDll { get; init; }

    public bool Quick { get; init; }

    public int Runs { get; init; } = MinimumRuns;

    public required string OutputDirectory { get; init; }

    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The history sizes of B1 (<c>--commits=10000,100000,1000000</c>). By default 2,000 quick and 10,000 and 100,000
    /// full; 1,000,000 is opt-in, because generating it and its twelve runs take a quarter of an hour on a busy machine.
    /// </summary>
    public IReadOnlyList<int> Commits { get; init; } = [];

    /// <summary>
    /// The largest history the whole Changelog target is compared with conventional-changelog on
    /// (<c>--changelog-commits=N</c>, default 10,000): one conventional-changelog run over 100,000 commits took more
    /// than seven minutes on the busy shared machine, and a figure needs six runs of it.
    /// </summary>
    public int ChangelogMaxCommits { get; init; } = 10_000;

    public bool Includes(string row) => Only.Count == 0 || Only.Contains(row);

    /// <exception cref="ArgumentException">An argument is unknown or has a bad value; the message says which.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var arg in args)
        {
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{arg}'; arguments look like --name=value");
            }

            var split = arg.IndexOf('=', StringComparison.Ordinal);
            values[split < 0 ? arg[2..] : arg[2..split]] = split < 0 ? "true" : arg[(split + 1)..];
        }

        var known = new[] { "root", "build-dll", "quick", "runs", "output", "only", "commits", "changelog-commits" };
        if (values.Keys.FirstOrDefault(key => !known.Contains(key, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new ArgumentException($"unknown argument --{unknown}; known: {string.Join(", ", known.Select(k => "--" + k))}");
        }

        var root = Path.GetFullPath(values.GetValueOrDefault("root") ?? Directory.GetCurrentDirectory());
        if (!File.Exists(Path.Combine(root, "Release.sln")))
        {
            throw new ArgumentException($"--root={root} is not the Liftoff repository (no Release.sln there)");
        }

        var buildDll = values.GetValueOrDefault("build-dll") ?? Path.Combine(root, "build", "bin", "Debug", "net10.0", "Build.dll");
        if (!File.Exists(buildDll))
        {
            throw new ArgumentException($"--build-dll={buildDll} does not exist; build the host first (./build.sh --target=Bench does)");
        }

        var runs = MinimumRuns;
        if (values.TryGetValue("runs", out var runsText)
            && (!int.TryParse(runsText, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < MinimumRuns))
        {
            throw new ArgumentException($"--runs={runsText}: expected a whole number of at least {MinimumRuns}");
        }

        var quick = values.TryGetValue("quick", out var quickText) && !string.Equals(quickText, "false", StringComparison.OrdinalIgnoreCase);
        // A quick run must never overwrite the committed full results.
        var output = values.GetValueOrDefault("output")
            ?? (quick ? Path.Combine(root, "artifacts", "bench") : Path.Combine(root, "bench"));
        var commits = new List<int>();
        foreach (var text in values.GetValueOrDefault("commits")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            commits.Add(int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) && count > 0
                ? count
                : throw new ArgumentException($"--commits: '{text}' is not a positive whole number"));
        }

        var changelogMax = 10_000;
        if (values.TryGetValue("changelog-commits", out var changelogText)
            && (!int.TryParse(changelogText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out changelogMax) || changelogMax < 1))
        {
            throw new ArgumentException($"--changelog-commits={changelogText}: expected a positive whole number");
        }

        var only = values.GetValueOrDefault("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new BenchOptions
        {
            Root = root,
            BuildDll = Path.GetFullPath(buildDll),
            Quick = quick,
            Runs = runs,
            OutputDirectory = Path.GetFullPath(output, root),
            Only = new HashSet<string>(only, StringComparer.OrdinalIgnoreCase),
            Commits = commits.Count > 0 ? commits : quick ? [2_000] : [10_000, 100_000],
            ChangelogMaxCommits = changelogMax,
        };
    }
}
