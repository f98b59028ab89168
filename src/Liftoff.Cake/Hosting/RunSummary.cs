namespace Liftoff.Cake.Hosting;

/// <summary>
/// The line the host prints last. By default it says whether the run succeeded; a task can set its own, as the
/// test target does with <c>N passed, N failed, N skipped</c>, because CI reads the last line.
/// </summary>
public sealed class RunSummary
{
    /// <summary>The closing line set by a task, if any.</summary>
    public string? ClosingLine { get; private set; }

    /// <summary>Replaces the host's closing line with this one.</summary>
    public void SetClosingLine(string line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        ClosingLine = line;
    }
}
