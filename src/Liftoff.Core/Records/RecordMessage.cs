using System.Text.Json;
using System.Text.Json.Serialization;
using Liftoff.Diagnostics;

namespace Liftoff.Records;

/// <summary>
/// How a record sits in a commit message: a one-line summary for <c>git log --oneline</c>, a blank line, then the
/// record as one line of JSON (camelCase, enums in kebab-case, nulls left out).
/// </summary>
internal static class RecordMessage
{
    /// <summary>The JSON settings every record is written and read with.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Formats a record as a commit message.</summary>
    public static string Format<T>(string summary, T record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        return summary.ReplaceLineEndings(" ") + "\n\n" + JsonSerializer.Serialize(record, JsonOptions);
    }

    /// <summary>Reads the record back from a commit message.</summary>
    /// <exception cref="LiftoffException">The message holds no such record (<see cref="DiagnosticCodes.RecordUnreadable"/>).</exception>
    public static T Parse<T>(string message, string where)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var start = message.IndexOf("\n\n", StringComparison.Ordinal);
        var json = start < 0 ? "" : message[(start + 2)..].Trim();
        try
        {
            return JsonSerializer.Deserialize<T>(json, JsonOptions) ?? throw Unreadable(where, "it is empty", null);
        }
        catch (JsonException error)
        {
            throw Unreadable(where, error.Message, error);
        }
    }

    private static LiftoffException Unreadable(string where, string reason, Exception? inner)
    {
        var message = $"{where} does not hold a Liftoff record: {reason}";
        return inner is null
            ? new LiftoffException(DiagnosticCodes.RecordUnreadable, ExitCodes.TaskFailed, message)
            : new LiftoffException(DiagnosticCodes.RecordUnreadable, ExitCodes.TaskFailed, message, inner);
    }
}
