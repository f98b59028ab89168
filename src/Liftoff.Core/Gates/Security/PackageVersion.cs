using System.Globalization;

namespace Liftoff.Gates.Security;

/// <summary>
/// Orders package versions the way NuGet and npm do for the ranges in advisories: numeric parts compared as numbers
/// (NuGet allows four: <c>4.3.0.1</c>; missing parts are zero), a pre-release before its release, pre-release
/// identifiers compared numerically when both are numbers. Build metadata (<c>+abc</c>) is ignored.
/// </summary>
internal static class PackageVersion
{
    public static int Compare(string left, string right)
    {
        var (leftNumbers, leftPre) = Split(left);
        var (rightNumbers, rightPre) = Split(right);
        for (var i = 0; i < Math.Max(leftNumbers.Length, rightNumbers.Length); i++)
        {
            var order = Part(leftNumbers, i).CompareTo(Part(rightNumbers, i));
            if (order != 0)
            {
                return order;
            }
        }

        if (leftPre.Length == 0 || rightPre.Length == 0)
        {
            return rightPre.Length.CompareTo(leftPre.Length) switch { > 0 => 1, < 0 => -1, _ => 0 };
        }

        var leftIds = leftPre.Split('.');
        var rightIds = rightPre.Split('.');
        for (var i = 0; i < Math.Min(leftIds.Length, rightIds.Length); i++)
        {
            var order = long.TryParse(leftIds[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                && long.TryParse(rightIds[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                    ? l.CompareTo(r)
                    : string.Compare(leftIds[i], rightIds[i], StringComparison.OrdinalIgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }

        return leftIds.Length.CompareTo(rightIds.Length);
    }

    private static (long[] Numbers, string Prerelease) Split(string version)
    {
        var text = version.Trim().TrimStart('v', 'V').Split('+')[0];
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? text : text[..dash];
        var numbers = core.Split('.').Select(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        return (numbers, dash < 0 ? "" : text[(dash + 1)..]);
    }

    private static long Part(long[] numbers, int index) => index < numbers.Length ? numbers[index] : 0;
}
