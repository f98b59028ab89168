using System.Globalization;
using System.Text;

namespace Liftoff.Validation.Prometheus;

/// <summary>
/// Parses the Prometheus text exposition format (0.0.4): <c># HELP</c> and <c># TYPE</c> lines, other comments,
/// samples with labels whose values escape <c>\\</c>, <c>\"</c> and <c>\n</c>, the values <c>+Inf</c>, <c>-Inf</c> and
/// <c>NaN</c>, and an optional timestamp in milliseconds.
/// </summary>
public static class PrometheusTextParser
{
    /// <summary>Parses a whole exposition.</summary>
    /// <exception cref="PrometheusFormatException">A line is malformed; the message names it.</exception>
    public static PrometheusDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new List<PrometheusSample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim(' ', '\t');
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                if (line[0] == '#')
                {
                    ReadComment(line, types, help);
                }
                else
                {
                    samples.Add(ReadSample(line));
                }
            }
            catch (PrometheusFormatException error)
            {
                throw new PrometheusFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: {error.Message}: {Shorten(line)}"), error);
            }
        }

        return new PrometheusDocument(samples, types, help);
    }

    private static void ReadComment(string line, Dictionary<string, string> types, Dictionary<string, string> help)
    {
        var parts = line[1..].TrimStart(' ', '\t').Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || (parts[0] != "HELP" && parts[0] != "TYPE"))
        {
            return; // Any other comment is ignored, as Prometheus does.
        }

        if (parts[0] == "TYPE")
        {
            types[parts[1]] = parts.Length > 2 ? parts[2].Trim() : throw new PrometheusFormatException("TYPE without a type");
        }
        else
        {
            help[parts[1]] = parts.Length > 2 ? Unescape(parts[2], inLabel: false) : "";
        }
    }

    private static PrometheusSample ReadSample(string line)
    {
        var position = 0;
        var name = ReadName(line, ref position);
        if (name.Length == 0)
        {
            throw new PrometheusFormatException("expected a metric name");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        SkipSpaces(line, ref position);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            ReadLabels(line, ref position, labels);
        }

        var rest = line[position..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length is 0 or > 2)
        {
            throw new PrometheusFormatException(rest.Length == 0 ? "expected a value" : "unexpected text after the timestamp");
        }

        var value = ParseValue(rest[0]);
        long? timestamp = null;
        if (rest.Length == 2)
        {
            timestamp = long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
                ? ms : throw new PrometheusFormatException($"bad timestamp '{rest[1]}'");
        }

        return new PrometheusSample(name, labels, value, timestamp);
    }

    private static void ReadLabels(string line, ref int position, Dictionary<string, string> labels)
    {
        while (true)
        {
            SkipSpaces(line, ref position);
            if (position < line.Length && line[position] == '}')
            {
                position++;
                return;
            }

            var label = ReadName(line, ref position);
            SkipSpaces(line, ref position);
            if (label.Length == 0 || position >= line.Length || line[position] != '=')
            {
                throw new PrometheusFormatException("expected label=\"value\"");
            }

            position++;
            SkipSpaces(line, ref position);
            labels[label] = ReadQuoted(line, ref position);
            SkipSpaces(line, ref position);
            if (position < line.Length && line[position] == ',')
            {
                position++;
            }
            else if (position >= line.Length || line[position] != '}')
            {
                throw new PrometheusFormatException("expected , or } after a label");
            }
        }
    }

    private static string ReadQuoted(string line, ref int position)
    {
        if (position >= line.Length || line[position] != '"')
        {
            throw new PrometheusFormatException("expected a quoted label value");
        }

        var value = new StringBuilder();
        for (position++; position < line.Length; position++)
        {
            var c = line[position];
            if (c == '"')
            {
                position++;
                return value.ToString();
            }

            if (c == '\\' && position + 1 < line.Length)
            {
                position++;
                value.Append(line[position] switch { 'n' => '\n', '"' => '"', '\\' => '\\', var other => other });
            }
            else
            {
                value.Append(c);
            }
        }

        throw new PrometheusFormatException("unterminated label value");
    }

    private static string ReadName(string line, ref int position)
    {
        var start = position;
        while (position < line.Length && (char.IsAsciiLetterOrDigit(line[position]) || line[position] is '_' or ':'))
        {
            position++;
        }

        return line[start..position];
    }

    private static void SkipSpaces(string line, ref int position)
    {
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            position++;
        }
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !double.IsInfinity(value) && !double.IsNaN(value)
            ? value : throw new PrometheusFormatException($"bad value '{text}'"),
    };

    private static string Unescape(string text, bool inLabel)
    {
        var value = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] is 'n' or '\\' || (inLabel && text[i + 1] == '"')))
            {
                i++;
                value.Append(text[i] == 'n' ? '\n' : text[i]);
            }
            else
            {
                value.Append(text[i]);
            }
        }

        return value.ToString();
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
