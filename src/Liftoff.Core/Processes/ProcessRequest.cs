namespace Liftoff.Processes;

/// <summary>One program to run: what, where, with which environment, for how long, and who hears each line.</summary>
/// <param name="FileName">The program; resolved on PATH when it has no directory.</param>
/// <param name="Arguments">Passed one by one through <c>ArgumentList</c>, so nothing is re-split or re-quoted.</param>
internal sealed record ProcessRequest(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Where the program runs. Default: null, the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables set on top of the inherited environment; a null value removes the variable. Default: none.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long before the whole tree is killed and the outcome reports a timeout. Default: null, no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Hears every line of stdout and stderr as it arrives, from the reading threads. Default: null.</summary>
    public Action<string>? OnLine { get; init; }

    /// <summary>Measures <see cref="ProcessOutcome.Elapsed"/> and drives the timeout. Default: the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A command line for <c>/bin/sh -c</c>, so pipes, redirections and <c>&amp;&amp;</c> work as typed.</summary>
    public static ProcessRequest Shell(string commandLine) => new("/bin/sh", ["-c", commandLine]);
}
