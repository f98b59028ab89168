namespace Liftoff.Validation;

/// <summary>One check's verdict, with what it measured so the verdict explains itself.</summary>
/// <param name="Kind">The kind of check.</param>
/// <param name="Name">The check's name.</param>
/// <param name="Verdict">Pass or Fail.</param>
/// <param name="Measured">What was measured, for people: "p95 180 ms (budget 300 ms) over 50 requests".</param>
/// <param name="Reason">Why it failed; null when it passed.</param>
/// <param name="Duration">How long the check took.</param>
public sealed record CheckResult(CheckKind Kind, string Name, ValidationVerdict Verdict, string Measured, string? Reason, TimeSpan Duration)
{
    /// <summary>Measured numbers by name (for example <c>p95Ms</c>, <c>errors</c>, <c>total</c>), for summaries and records.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();

    /// <summary>True when the verdict is Pass.</summary>
    public bool Passed => Verdict == ValidationVerdict.Pass;

    /// <summary>One line: "✓ name: measured" or "✗ name: measured — reason".</summary>
    public override string ToString() =>
        Passed ? $"✓ {Name}: {Measured}" : $"✗ {Name}: {Measured} — {Reason}";

    internal static CheckResult Pass(CheckKind kind, string name, string measured, TimeSpan duration) =>
        new(kind, name, ValidationVerdict.Pass, measured, null, duration);

    internal static CheckResult Fail(CheckKind kind, string name, string measured, string reason, TimeSpan duration) =>
        new(kind, name, ValidationVerdict.Fail, measured, reason, duration);
}
