using System.Globalization;

namespace Liftoff.Testing;

/// <summary>Counts of test results, read from result files rather than from a runner's console output.</summary>
/// <param name="Passed">Tests that passed.</param>
/// <param name="Failed">Tests that failed, errored, timed out or were aborted.</param>
/// <param name="Skipped">Tests that were not executed: ignored, inconclusive or skipped.</param>
public sealed record TestRunSummary(int Passed, int Failed, int Skipped)
{
    /// <summary>No results at all.</summary>
    public static TestRunSummary Empty { get; } = new(0, 0, 0);

    /// <summary>Every test counted.</summary>
    public int Total => Passed + Failed + Skipped;

    /// <summary>Whether any test ran: zero tests is a failure for a gate, never a pass.</summary>
    public bool AnyRan => Passed + Failed > 0;

    /// <summary>Adds two summaries, for several result files.</summary>
    public static TestRunSummary operator +(TestRunSummary left, TestRunSummary right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Passed + right.Passed, left.Failed + right.Failed, left.Skipped + right.Skipped);
    }

    /// <summary>Adds two summaries (the named form of the + operator).</summary>
    public static TestRunSummary Add(TestRunSummary left, TestRunSummary right) => left + right;

    /// <summary>The plain line CI reads: <c>N passed, N failed, N skipped</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed, {Skipped} skipped");
}
