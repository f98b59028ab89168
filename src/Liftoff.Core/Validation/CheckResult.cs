namespace Liftoff.Validation;

/// <summary>One check's verdict, with what it measured so the verdict explains itself.</summary>
/// <param name="Kind">The kind of check.</param>
/// <param name="Name">The check's name.</param>
/// <param name="Verdict">Pass, Degraded, Fail or Inconclusive.</param>
/// <param name="Measured">What was measured, for people: "p95 180 ms (budget 300 ms) over 50 requests".</param>
/// <param name="Reason">Why it is not a Pass, with the numbers; null when it passed.</param>
/// <param name="Duration">How long the check took.</param>
public sealed record CheckResult(CheckKind Kind, string Name, ValidationVerdict Verdict, string Measured, string? Reason, TimeSpan Duration)
{
    /// <summary>Measured numbers by name (for example <c>p95Ms</c>, <c>errors</c>, <c>total</c>), for summaries and records.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();

    /// <summary>True when every fail threshold was met: the verdict is Pass or Degraded.</summary>
    public bool Passed => Verdict is ValidationVerdict.Pass or ValidationVerdict.Degraded;

    /// <summary>One line: "✓ name: measured", "⚠ name: measured — reason", "✗ …" for a Fail, "? …" for Inconclusive.</summary>
    public override string ToString() => Verdict switch
    {
        ValidationVerdict.Pass => $"✓ {Name}: {Measured}",
        ValidationVerdict.Degraded => $"⚠ {Name}: {Measured} — degraded: {Reason}",
        ValidationVerdict.Inconclusive => $"? {Name}: {Measured} — inconclusive: {Reason}",
        _ => $"✗ {Name}: {Measured} — {Reason}",
    };

    internal static CheckResult Pass(CheckKind kind, string name, string measured, TimeSpan duration) =>
        new(kind, name, ValidationVerdict.Pass, measured, null, duration);

    internal static CheckResult Fail(CheckKind kind, string name, string measured, string reason, TimeSpan duration) =>
        new(kind, name, ValidationVerdict.Fail, measured, reason, duration);

    internal static CheckResult Inconclusive(CheckKind kind, string name, string measured, string reason, TimeSpan duration) =>
        new(kind, name, ValidationVerdict.Inconclusive, measured, reason, duration);

    /// <summary>Fail when there are problems, Degraded when only warnings, Pass otherwise; the reason lists them all.</summary>
    internal static CheckResult Judge(
        CheckKind kind, string name, string measured, IReadOnlyCollection<string> problems, IReadOnlyCollection<string> warnings, TimeSpan duration) =>
        problems.Count > 0 ? Fail(kind, name, measured, string.Join("; ", problems), duration)
        : warnings.Count > 0 ? new(kind, name, ValidationVerdict.Degraded, measured, string.Join("; ", warnings), duration)
        : Pass(kind, name, measured, duration);
}
