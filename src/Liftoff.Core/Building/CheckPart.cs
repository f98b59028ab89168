namespace Liftoff.Building;

/// <summary>One part of Check-Build's verdict: what it measured, and what is wrong (nothing when it passed).</summary>
/// <param name="Measured">For the table, for example <c>285 KB (budget 500 KB)</c>.</param>
/// <param name="Problems">Each failure, in a sentence; empty when the part passed or was skipped.</param>
/// <param name="Skipped">Why the part did not apply; null when it ran.</param>
public sealed record CheckPart(string Measured, IReadOnlyList<string> Problems, string? Skipped = null)
{
    /// <summary>Whether this part failed.</summary>
    public bool Failed => Problems.Count > 0;
}
