namespace Liftoff.Cake.Hosting;

/// <summary>
/// The line the host prints last, because CI and people read the last line. By default it says whether the run
/// succeeded. A task can set its own: <see cref="SetClosingLine"/> for a line that stands whatever the outcome (the test
/// target's <c>N passed, N failed, N skipped</c>, or a deploy's "rolled back to X" before it fails the run), or
/// <see cref="SetSuccessLine"/> for one that only a successful run ends with (<c>next-version: X</c>), so a later failure
/// is never hidden behind it. The exit code comes from the failure itself (<see cref="Diagnostics.LiftoffException.ExitCode"/>).
/// </summary>
public sealed class RunSummary
{
    /// <summary>The closing line set by a task, printed whether the run succeeds or fails; null when none was set.</summary>
    public string? ClosingLine { get; private set; }

    /// <summary>The line printed last when the run succeeds and no <see cref="ClosingLine"/> was set; null when none was set.</summary>
    public string? SuccessLine { get; private set; }

    /// <summary>Replaces the host's closing line with this one, whatever the outcome of the run.</summary>
    public void SetClosingLine(string line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        ClosingLine = line;
    }

    /// <summary>Replaces the host's closing line with this one only if the run succeeds.</summary>
    public void SetSuccessLine(string line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        SuccessLine = line;
    }
}
