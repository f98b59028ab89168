using System.Globalization;

namespace Liftoff.Bench.Runner;

/// <summary>How figures read in RESULTS.md and on the console.</summary>
internal static class Formatting
{
    public static string Value(double value, string unit) => unit switch
    {
        "ms" when value >= 10_000 => Invariant($"{value / 1000:0.0} s"),
        "ms" when value >= 1_000 => Invariant($"{value / 1000:0.00} s"),
        "ms" when value >= 100 => Invariant($"{value:0} ms"),
        "ms" when value >= 1 => Invariant($"{value:0.0} ms"),
        "ms" => Invariant($"{value:0.000} ms"),
        _ when value == Math.Floor(value) => Invariant($"{value:0} {unit}"),
        _ => Invariant($"{value:0.##} {unit}"),
    };

    public static string Ratio(double? ratio) => ratio switch
    {
        null => "—",
        < 1 and > 0 => Invariant($"{ratio:0.000}× (1/{1 / ratio:0.#})"),
        _ => Invariant($"{ratio:0.00}×"),
    };

    public static string Met(bool? met) => met switch
    {
        true => "yes",
        false => "**no**",
        null => "—",
    };

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
