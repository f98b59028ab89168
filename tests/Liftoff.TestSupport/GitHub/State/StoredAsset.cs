namespace Liftoff.TestSupport.GitHub.State;

/// <summary>A release asset with its content.</summary>
/// <param name="Id">The asset id.</param>
/// <param name="Name">The file name, unique within its release.</param>
/// <param name="Label">The display label, or null.</param>
/// <param name="ContentType">The media type sent with the upload.</param>
/// <param name="Content">The bytes uploaded.</param>
/// <param name="CreatedAt">When it was uploaded.</param>
/// <param name="UpdatedAt">When its name or label last changed.</param>
public sealed record StoredAsset(
    long Id,
    string Name,
    string? Label,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
