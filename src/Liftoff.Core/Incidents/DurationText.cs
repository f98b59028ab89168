using System.Globalization;

namespace Liftoff.Incidents;

/// <summary>Durations the way people read them in summaries: <c>3m 45s</c>, <c>42.3 s</c>, <c>1h 02m</c>.</summary>
public static class DurationText
{
    /// <summary>Under a minute in seconds with one decimal, then minutes and seconds, then hours and minutes.</summary>
    public static string Describe(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        return duration.TotalMinutes switch
        {
            < 1 => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s"),
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}m {duration.Seconds}s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}h {duration.Minutes:00}m"),
        };
    }
}
