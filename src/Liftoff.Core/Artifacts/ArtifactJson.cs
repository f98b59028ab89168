using System.Text.Json;
using System.Text.Json.Serialization;
using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// How manifests and markers are written: camelCase, indented with <c>\n</c> (so the bytes do not depend on the
/// machine), properties in declaration order. The marker's bytes are part of the archive, so they must be stable.
/// </summary>
public static class ArtifactJson
{
    /// <summary>The settings every manifest and marker is written and read with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The manifest as UTF-8 JSON, ending in a newline.</summary>
    public static byte[] Serialize<T>(T value) =>
        [.. JsonSerializer.SerializeToUtf8Bytes(value, Options), (byte)'\n'];

    /// <summary>Reads and checks a manifest file.</summary>
    /// <exception cref="LiftoffException">It is missing, not JSON, or incomplete (<see cref="DiagnosticCodes.ArtifactManifestUnreadable"/>).</exception>
    public static async Task<ArtifactManifest> ReadManifestAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, error.Message, error);
        }

        return ParseManifest(bytes, path);
    }

    /// <summary>Parses and checks manifest JSON; <paramref name="where"/> names it in errors.</summary>
    public static ArtifactManifest ParseManifest(ReadOnlySpan<byte> json, string where)
    {
        ArtifactManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ArtifactManifest>(json, Options) ?? throw Unreadable(where, "it is empty", null);
        }
        catch (JsonException error)
        {
            throw Unreadable(where, error.Message, error);
        }

        var problem = ManifestProblem(manifest);
        return problem is null ? manifest : throw Unreadable(where, problem, null);
    }

    /// <summary>Parses a version marker, or returns null when the bytes are not one.</summary>
    public static VersionMarker? TryParseMarker(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<VersionMarker>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ManifestProblem(ArtifactManifest manifest)
    {
        if (manifest.Schema != ArtifactManifest.CurrentSchema)
        {
            return $"schema {manifest.Schema} is not supported (expected {ArtifactManifest.CurrentSchema})";
        }

        if (!Sha256Hex.IsValid(manifest.Archive.Sha256) || !Sha256Hex.IsValid(manifest.ContentSha256))
        {
            return "archive.sha256 and contentSha256 must be 64 lower-case hex digits";
        }

        var badFile = manifest.Files.FirstOrDefault(f => !Sha256Hex.IsValid(f.Sha256) || f.Size < 0 || string.IsNullOrEmpty(f.Path));
        if (badFile is not null)
        {
            return $"the entry for '{badFile.Path}' needs a path, a size of 0 or more and a sha256";
        }

        var duplicate = manifest.Files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"'{duplicate.Key}' is listed more than once";
    }

    private static LiftoffException Unreadable(string where, string reason, Exception? inner)
    {
        var message = $"the artifact manifest {where} cannot be used: {reason}";
        return inner is null
            ? new LiftoffException(DiagnosticCodes.ArtifactManifestUnreadable, ExitCodes.TaskFailed, message)
            : new LiftoffException(DiagnosticCodes.ArtifactManifestUnreadable, ExitCodes.TaskFailed, message, inner);
    }
}
