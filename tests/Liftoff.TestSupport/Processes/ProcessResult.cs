using System.Text;

namespace Liftoff.TestSupport.Processes;

/// <summary>The outcome of a finished (or killed) process.</summary>
/// <param name="Spec">What was run.</param>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/> is true.</param>
/// <param name="StdOut">Everything written to standard output.</param>
/// <param name="StdErr">Everything written to standard error.</param>
/// <param name="TimedOut">True when the process tree was killed because it ran past its timeout.</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record ProcessResult(ProcessSpec Spec, int ExitCode, string StdOut, string StdErr, bool TimedOut, TimeSpan Duration)
{
    /// <summary>True when the process exited with code 0 within its timeout.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Throws <see cref="ProcessFailedException"/> unless the process <see cref="Succeeded"/>.</summary>
    /// <returns>This result, for chaining.</returns>
    public ProcessResult EnsureSuccess() => Succeeded ? this : throw new ProcessFailedException(this);

    /// <summary>The command, how it ended, and its output: everything needed to debug a failed test.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("$ ").AppendLine(Spec.CommandLine);
        if (Spec.WorkingDirectory is not null)
        {
            text.Append("  in ").AppendLine(Spec.WorkingDirectory);
        }

        text.AppendLine(TimedOut
            ? $"  timed out after {Spec.Timeout.TotalSeconds:0.#} s (process tree killed)"
            : $"  exit code {ExitCode} after {Duration.TotalMilliseconds:0} ms");
        AppendStream(text, "stdout", StdOut);
        AppendStream(text, "stderr", StdErr);
        return text.ToString().TrimEnd();
    }

    private static void AppendStream(StringBuilder text, string name, string content)
    {
        const int Limit = 4000;
        if (content.Length == 0)
        {
            return;
        }

        // Keep the tail: the error is usually at the end of a long output.
        var shown = content.Length <= Limit ? content : "…" + content[^Limit..];
        text.Append("  ").Append(name).AppendLine(":");
        foreach (var line in shown.TrimEnd().Split('\n'))
        {
            text.Append("    ").AppendLine(line);
        }
    }
}
