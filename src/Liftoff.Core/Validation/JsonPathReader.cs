using System.Globalization;
using System.Text.Json;

namespace Liftoff.Validation;

/// <summary>
/// Reads a value at a simple JSON path: <c>$.a.b</c>, <c>$.items[0].id</c>, <c>$['odd key']</c>. Enough for checks;
/// filters and wildcards are not supported.
/// </summary>
internal static class JsonPathReader
{
    /// <summary>The value as text (strings unquoted, other values as raw JSON), or null when the path does not exist.</summary>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public static string? Read(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in Segments(path))
        {
            if (segment is int index)
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty((string)segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Undefined => null,
            _ => current.GetRawText(),
        };
    }

    /// <summary>Reads from a body; null when the body is not JSON or the path does not exist.</summary>
    public static string? Read(string body, string path, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return Read(document.RootElement, path);
        }
        catch (JsonException error)
        {
            problem = "the body is not JSON (" + error.Message + ")";
            return null;
        }
    }

    public static List<object> Segments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.Trim();
        var i = text.StartsWith('$') ? 1 : 0;
        var segments = new List<object>();
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var start = ++i;
                while (i < text.Length && text[i] is not '.' and not '[')
                {
                    i++;
                }

                segments.Add(start < i ? text[start..i] : throw Bad(path));
            }
            else if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    throw Bad(path);
                }

                var inner = text[(i + 1)..close].Trim();
                segments.Add(inner.Length > 1 && inner[0] is '\'' or '"' ? inner[1..^1]
                    : int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : throw Bad(path));
                i = close + 1;
            }
            else if (i == 0)
            {
                // A bare "a.b" path reads as "$.a.b".
                text = "." + text;
            }
            else
            {
                throw Bad(path);
            }
        }

        return segments;
    }

    private static FormatException Bad(string path) =>
        new($"'{path}' is not a JSON path such as $.user.name or $.items[0].id");
}
