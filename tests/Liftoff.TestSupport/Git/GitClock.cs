using System.Globalization;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// The time every commit and tag in a sandbox is stamped with. It starts at a fixed instant and moves forward one
/// step per commit, so two runs of the same test produce the same shas, and commits are strictly ordered in time
/// even when a test makes several within one second.
/// </summary>
public sealed class GitClock
{
    /// <summary>The default start: 2024-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The default step between commits: one minute.</summary>
    public static readonly TimeSpan DefaultStep = TimeSpan.FromMinutes(1);

    private readonly DateTimeOffset _start;
    private readonly TimeSpan _step;
    private long _steps;

    /// <summary>Creates a clock at <paramref name="start"/> that moves by <paramref name="step"/>.</summary>
    public GitClock(DateTimeOffset start, TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        _start = start.ToUniversalTime();
        _step = step;
    }

    /// <summary>The current instant (UTC).</summary>
    public DateTimeOffset Now => _start + (_step * Interlocked.Read(ref _steps));

    /// <summary>Moves one step forward; safe to call from several threads.</summary>
    /// <returns>The new current instant.</returns>
    public DateTimeOffset Advance() => _start + (_step * Interlocked.Increment(ref _steps));

    /// <summary>Formats an instant in git's internal date format (<c>&lt;unix seconds&gt; +0000</c>), which git never reinterprets.</summary>
    public static string ToGitDate(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " +0000";
}
