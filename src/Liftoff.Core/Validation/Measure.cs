using System.Globalization;

namespace Liftoff.Validation;

/// <summary>How measured values are written for people, in the invariant culture.</summary>
internal static class Measure
{
    public static string Ms(double milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(milliseconds):0} ms");

    public static string Ms(TimeSpan duration) => Ms(duration.TotalMilliseconds);

    public static string Percent(double percent) => percent switch
    {
        0 => "0%",
        < 0.1 => string.Create(CultureInfo.InvariantCulture, $"{percent:0.###}%"),
        < 10 => string.Create(CultureInfo.InvariantCulture, $"{percent:0.##}%"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{percent:0.#}%"),
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) =>
        seconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.#} s") : Ms(seconds * 1000);
}
