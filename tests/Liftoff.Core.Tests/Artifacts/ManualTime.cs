namespace Liftoff.Core.Tests.Artifacts;

/// <summary>A clock the test moves by hand; timestamps (for measuring elapsed time) stay real.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static ManualTime At2026() => new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
