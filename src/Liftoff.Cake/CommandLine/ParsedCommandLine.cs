using Cake.Core.Diagnostics;

namespace Liftoff.Cake.CommandLine;

/// <summary>What the host understood of its command line: Cake's own switches, and every other
/// <c>--name=value</c> kept for the tasks to read as arguments.</summary>
public sealed class ParsedCommandLine
{
    /// <summary>The targets to run, in order; <c>Default</c> when none was given.</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["Default"];

    /// <summary>The verbosity given on the command line, if any.</summary>
    public Verbosity? Verbosity { get; init; }

    /// <summary>Show what would run without running any task body (<c>--dryrun</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Run only the target, none of its dependencies (<c>--exclusive</c>).</summary>
    public bool Exclusive { get; init; }

    /// <summary>Print the task tree (<c>--tree</c>).</summary>
    public bool Tree { get; init; }

    /// <summary>Print every task with its description (<c>--description</c>).</summary>
    public bool Description { get; init; }

    /// <summary>Print the version (<c>--version</c>).</summary>
    public bool Version { get; init; }

    /// <summary>Print usage (<c>--help</c>).</summary>
    public bool Help { get; init; }

    /// <summary>The directory to run against (<c>--working=DIR</c>), if any.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Every argument, Cake's switches included, by name (case-insensitive), each with all its values.</summary>
    public ILookup<string, string> Arguments { get; init; } = Array.Empty<KeyValuePair<string, string>>()
        .ToLookup(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
}
