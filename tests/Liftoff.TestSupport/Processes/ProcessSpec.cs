namespace Liftoff.TestSupport.Processes;

/// <summary>
/// What to run: the program, its arguments (passed one by one through <see cref="System.Diagnostics.ProcessStartInfo.ArgumentList"/>,
/// so nothing is re-split or re-quoted) and how.
/// </summary>
/// <param name="FileName">The program, found on PATH when it is not a path.</param>
/// <param name="Arguments">The arguments, one element per argument.</param>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The timeout used when none is given: long enough for a cold git or apt-get, short enough to fail a hung test.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Creates a spec from a program and its arguments.</summary>
    public ProcessSpec(string fileName, params string[] arguments)
        : this(fileName, (IReadOnlyList<string>)arguments)
    {
    }

    /// <summary>The working directory; the current directory when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Environment changes on top of this process's environment. A null value removes the variable, which matters
    /// for variables such as <c>GIT_DIR</c> that would otherwise leak in from a surrounding git hook.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long the process may run before its whole tree is killed. Defaults to <see cref="DefaultTimeout"/>.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// Writes the standard input, which is closed when the delegate completes. Null leaves standard input
    /// closed from the start, so a program that reads it sees end-of-file instead of hanging.
    /// </summary>
    public Func<TextWriter, CancellationToken, Task>? StandardInput { get; init; }

    /// <summary>The command as a shell would show it, for messages.</summary>
    public string CommandLine => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@%+,".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
