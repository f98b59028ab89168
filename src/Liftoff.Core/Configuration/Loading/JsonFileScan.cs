using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Liftoff.Configuration.Model;
using Liftoff.Configuration.Validation;
using Liftoff.Diagnostics;

namespace Liftoff.Configuration.Loading;

/// <summary>
/// A first pass over <c>liftoff.json</c> with System.Text.Json, for what Microsoft.Extensions.Configuration loses:
/// the line of each key, the order of the environments (configuration sorts keys), and duplicate keys (which the
/// JSON provider would reject with a single exception: the scan reports them and hands the provider a copy without
/// the repeats, so every other problem in the file is still found). It reads JSON as that provider does: comments
/// and trailing commas allowed.
/// </summary>
internal sealed class JsonFileScan
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> _lines = new(StringComparer.OrdinalIgnoreCase);
    private bool _notAnObject;

    public List<ConfigurationProblem> Problems { get; } = [];

    /// <summary>The file as the JSON provider should read it: the first of any repeated keys kept, comments dropped.
    /// Null when the file is not valid JSON.</summary>
    public byte[]? Json { get; private set; }

    /// <summary>The environment names in file order, or null when the file has no <c>environments</c> object.</summary>
    public IReadOnlyList<string>? EnvironmentOrder { get; private set; }

    /// <summary>The line of a key, or of its nearest parent that has one.</summary>
    public int? LineOf(string key)
    {
        for (var path = key; path.Length > 0; path = path.Contains(':', StringComparison.Ordinal) ? path[..path.LastIndexOf(':')] : "")
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
        }

        return null;
    }

    public static JsonFileScan Read(byte[] json, string display)
    {
        var scan = new JsonFileScan();
        if (FirstInvalidUtf8(json) is { } invalid)
        {
            // The JSON reader only finds these when it decodes a string, and then throws a non-JSON exception.
            var line = json.AsSpan(0, invalid).Count((byte)'\n') + 1;
            scan.Problems.Add(new(DiagnosticCodes.ConfigurationSyntax, $"file {display}:{line}", "", null,
                string.Create(CultureInfo.InvariantCulture, $"not UTF-8 text: byte 0x{json[invalid]:X2} at line {line} is not valid UTF-8; expected the file saved as UTF-8."), line));
            return scan;
        }

        try
        {
            var copy = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(copy))
            {
                scan.Walk(json, display, writer);
            }

            scan.Json = scan._notAnObject ? null : copy.WrittenSpan.ToArray();
        }
        catch (JsonException error)
        {
            var line = (error.LineNumber ?? 0) + 1;
            var column = (error.BytePositionInLine ?? 0) + 1;
            scan.Problems.Add(new(DiagnosticCodes.ConfigurationSyntax, $"file {display}:{line}", "", null,
                $"not valid JSON at line {line}, column {column}: {FirstSentence(error.Message)}", (int)line));
        }

        return scan;
    }

    private void Walk(byte[] json, string display, Utf8JsonWriter writer)
    {
        var newlines = json.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\n').Select(x => x.i).ToArray();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<Frame>();
        string? pending = null;
        while (reader.Read())
        {
            var line = LineAt(newlines, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString()!;
                    var frame = stack.Peek();
                    var path = ConfigurationPaths.Combine(frame.Path, pending);
                    if (!frame.Keys.Add(pending))
                    {
                        Problems.Add(Duplicate(frame.Path, pending, $"file {display}:{line}") with { Line = line });
                        reader.Skip();
                    }
                    else
                    {
                        frame.Order.Add(pending);
                        _lines[path] = line;
                        writer.WritePropertyName(pending);
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    Copy(ref reader, writer);
                    var closed = stack.Pop();
                    if (string.Equals(closed.Path, "environments", StringComparison.OrdinalIgnoreCase) && !closed.IsArray)
                    {
                        EnvironmentOrder = closed.Order;
                    }

                    break;
                default:
                    var valuePath = stack.Count == 0 ? "" : stack.Peek().ChildPath(pending);
                    if (stack.Count > 0 && stack.Peek().IsArray)
                    {
                        _lines[valuePath] = line;
                    }

                    if (stack.Count == 0 && reader.TokenType != JsonTokenType.StartObject)
                    {
                        Problems.Add(new(DiagnosticCodes.ConfigurationWrongType, $"file {display}:{line}", "", null, "expected a JSON object at the top level.", line));
                        _notAnObject = true;
                    }

                    Copy(ref reader, writer);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        stack.Push(new Frame(valuePath, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }
    }

    private static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: writer.WriteStartObject(); break;
            case JsonTokenType.EndObject: writer.WriteEndObject(); break;
            case JsonTokenType.StartArray: writer.WriteStartArray(); break;
            case JsonTokenType.EndArray: writer.WriteEndArray(); break;
            case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
            case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
            case JsonTokenType.True or JsonTokenType.False: writer.WriteBooleanValue(reader.GetBoolean()); break;
            case JsonTokenType.Null: writer.WriteNullValue(); break;
        }
    }

    private static ConfigurationProblem Duplicate(string parent, string key, string origin) =>
        string.Equals(parent, "environments", StringComparison.OrdinalIgnoreCase)
            ? new(DiagnosticCodes.ConfigurationDuplicateEnvironment, origin, "environments." + key, null,
                $"environment '{key}' is defined twice (names ignore case): expected each name once.")
            : new(DiagnosticCodes.ConfigurationDuplicateKey, origin, ConfigurationPaths.ToDisplay(ConfigurationPaths.Combine(parent, key)), null,
                "the key appears twice in the same object (keys ignore case): expected it once.");

    private static int LineAt(int[] newlines, long offset)
    {
        var index = Array.BinarySearch(newlines, (int)offset);
        return (index < 0 ? ~index : index) + 1;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " Path: $ | LineNumber: 0 | ..." (zero-based); the line is already in the message.
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        end = end < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : end;
        return (end < 0 ? message : message[..end]).TrimEnd('.', ' ') + ".";
    }

    private sealed class Frame(string path, bool isArray)
    {
        private int _index;

        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Order { get; } = [];

        public string ChildPath(string? name) =>
            ConfigurationPaths.Combine(Path, IsArray ? (_index++).ToString(System.Globalization.CultureInfo.InvariantCulture) : name!);
    }

    private static int? FirstInvalidUtf8(byte[] json)
    {
        try
        {
            StrictUtf8.GetCharCount(json);
            return null;
        }
        catch (DecoderFallbackException error)
        {
            return Math.Clamp(error.Index, 0, json.Length - 1);
        }
    }
}
