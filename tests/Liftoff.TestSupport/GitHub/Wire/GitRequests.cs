namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>The body of a create-reference call.</summary>
internal sealed record RefCreateRequest(string? Ref, string? Sha);

/// <summary>The body of an update-reference call.</summary>
internal sealed record RefUpdateRequest(string? Sha, bool? Force);

/// <summary>The body of a create-tag-object call.</summary>
internal sealed record TagCreateRequest(string? Tag, string? Message, string? Object, string? Type, PersonJson? Tagger);
