using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>GitHub's wire format: snake_case names, nulls written out, timestamps as <c>2024-05-01T12:00:00Z</c>.</summary>
internal static class GitHubJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new GitHubTimestampConverter() },
    };

    /// <summary>A JSON answer with GitHub's content type.</summary>
    public static IResult Result(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, Options, ContentType, status);

    /// <summary>
    /// Reads the request body as JSON whatever its content type: Octokit labels some JSON bodies
    /// <c>application/x-www-form-urlencoded</c>, which minimal APIs' body binding would refuse with 415.
    /// Returns null for an empty or malformed body; the caller answers GitHub's "Problems parsing JSON".
    /// </summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class GitHubTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }
}
