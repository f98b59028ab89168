using System.Globalization;
using Liftoff.GitHub.Reviews;

namespace Liftoff.Gates.Review;

/// <summary>"CI passed for this exact commit": every status and check run of HEAD is green, and there is at least one.</summary>
internal static class CiVerdict
{
    /// <summary>Adds any problem and the measured part; returns the note for a passing reason.</summary>
    public static string? Describe(CommitChecks ci, List<string> problems, List<string> measured)
    {
        var head = ci.Sha.Length > 7 ? ci.Sha[..7] : ci.Sha;
        var failed = ci.Checks.Where(check => check.Outcome == CheckOutcome.Failed).ToList();
        var pending = ci.Checks.Where(check => check.Outcome == CheckOutcome.Pending).ToList();
        measured.Add("CI " + Summary(ci));
        if (ci.Checks.Count == 0)
        {
            problems.Add($"CI: no statuses or check runs reported for HEAD {head}, so CI is not known to have passed (or set gates.review.requireGreenChecks to false)");
            return null;
        }

        if (failed.Count > 0)
        {
            problems.Add($"CI red for HEAD {head}: {string.Join(", ", failed)}");
        }

        if (pending.Count > 0)
        {
            problems.Add($"CI pending for HEAD {head}: {string.Join(", ", pending)}");
        }

        return failed.Count + pending.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"CI green for HEAD {head} ({ci.Checks.Count} checks)")
            : null;
    }

    /// <summary><c>green</c>, <c>red</c>, <c>pending</c> or <c>none</c>.</summary>
    public static string Summary(CommitChecks ci) =>
        ci.Checks.Count == 0 ? "none"
        : ci.Checks.Any(check => check.Outcome == CheckOutcome.Failed) ? "red"
        : ci.Checks.Any(check => check.Outcome == CheckOutcome.Pending) ? "pending"
        : "green";
}
