using System.Text;
using System.Text.Json;

namespace Liftoff.Bumping;

/// <summary>
/// Finds a string value by a dotted JSON path (<c>$.tool.version</c>) with <see cref="Utf8JsonReader"/>, which
/// reports where each token starts, so only the value's characters change and the file keeps its formatting.
/// Array indexes and filters are not supported; a dotted path is what version fields need.
/// </summary>
internal static class JsonLocator
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static List<ValueSpan> Locate(BumpTarget target, string text)
    {
        var path = ParsePath(target);
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, Options);
        var containers = new List<string>();
        string? property = null;
        var found = new List<ValueSpan>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (reader.CurrentDepth > 0)
                        {
                            // An array element has no property name; "[]" can never equal a path segment.
                            containers.Add(property ?? "[]");
                        }

                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (reader.CurrentDepth > 0)
                        {
                            containers.RemoveAt(containers.Count - 1);
                        }

                        property = null;
                        break;
                    default:
                        if (property is not null && IsAt(path, containers, property))
                        {
                            found.Add(ToSpan(target, ref reader, bytes));
                        }

                        property = null;
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw BumpErrors.Unreadable(target, "it is not valid JSON: " + exception.Message, exception);
        }

        return found;
    }

    private static bool IsAt(string[] path, List<string> containers, string property) =>
        containers.Count == path.Length - 1
        && string.Equals(path[^1], property, StringComparison.Ordinal)
        && containers.SequenceEqual(path[..^1], StringComparer.Ordinal);

    private static ValueSpan ToSpan(BumpTarget target, ref Utf8JsonReader reader, byte[] bytes)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw BumpErrors.NotEditable(target, $"the value is a JSON {reader.TokenType}, not a string.");
        }

        // The token spans the quotes; ValueSpan holds the raw, still escaped, bytes between them.
        var start = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex + 1);
        var length = Encoding.UTF8.GetCharCount(reader.ValueSpan);
        return new ValueSpan(start, length, reader.GetString() ?? "");
    }

    private static string[] ParsePath(BumpTarget target)
    {
        var pattern = target.Pattern.StartsWith("$.", StringComparison.Ordinal) ? target.Pattern[2..] : target.Pattern;
        var segments = pattern.Split('.');
        if (pattern.Length == 0 || segments.Any(segment => segment.Length == 0 || segment.IndexOfAny(['[', ']', '*', '$']) >= 0))
        {
            throw BumpErrors.InvalidPattern(target, "only dotted paths such as $.tool.version are supported.");
        }

        return segments;
    }
}
