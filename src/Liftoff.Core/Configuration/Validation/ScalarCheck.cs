using System.Globalization;
using Liftoff.Configuration.Model;
using Liftoff.Diagnostics;
using Semver;

namespace Liftoff.Configuration.Validation;

/// <summary>Checks one text value against its setting's type and range, the way the binder will read it.</summary>
internal static class ScalarCheck
{
    /// <summary>The problem code and "expected …" text, or null when the value is fine.</summary>
    public static (string Code, string Expected)? Check(string? value, Type type, OptionProperty? property)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null || (value.Length == 0 && actual != typeof(string)))
        {
            return Nullable.GetUnderlyingType(type) is not null || !actual.IsValueType ? null
                : (DiagnosticCodes.ConfigurationWrongType, $"expected {Describe(actual)}, not null or empty");
        }

        if (property is { IsSemanticVersion: true })
        {
            return SemVersion.TryParse(value, SemVersionStyles.Strict, out _) ? null
                : (DiagnosticCodes.ConfigurationBadVersion, "expected a SemVer 2.0 version such as 1.0.0");
        }

        if (actual == typeof(bool))
        {
            return bool.TryParse(value, out _) ? null : (DiagnosticCodes.ConfigurationWrongType, "expected true or false");
        }

        if (actual == typeof(int) || actual == typeof(long) || actual == typeof(double))
        {
            return CheckNumber(value, actual, property);
        }

        if (actual.IsEnum)
        {
            var names = Enum.GetNames(actual).Select(OptionsModel.JsonName).ToList();
            return names.Contains(value, StringComparer.OrdinalIgnoreCase) ? null
                : (DiagnosticCodes.ConfigurationNotAChoice, $"expected one of {string.Join(", ", names)}");
        }

        if (actual == typeof(Uri))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? null : (DiagnosticCodes.ConfigurationBadUrl, "expected an absolute http or https URL");
        }

        return null;
    }

    private static (string Code, string Expected)? CheckNumber(string value, Type type, OptionProperty? property)
    {
        var integral = type != typeof(double);
        var parsed = integral
            ? long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : (double?)null
            : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null;
        if (parsed is null || (type == typeof(int) && parsed is < int.MinValue or > int.MaxValue))
        {
            return (DiagnosticCodes.ConfigurationWrongType, $"expected {Describe(type)}");
        }

        var range = property?.Range;
        if (range is null)
        {
            return null;
        }

        var minimum = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var maximum = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        return parsed >= minimum && parsed <= maximum ? null
            : (DiagnosticCodes.ConfigurationOutOfRange, string.Create(CultureInfo.InvariantCulture, $"expected a number from {range.Minimum} to {range.Maximum}"));
    }

    public static string Describe(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        return actual == typeof(bool) ? "true or false"
            : actual == typeof(int) || actual == typeof(long) ? "a whole number"
            : actual == typeof(double) ? "a number"
            : actual == typeof(Uri) ? "a URL"
            : actual.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(actual).Select(OptionsModel.JsonName))
            : "a string";
    }
}
