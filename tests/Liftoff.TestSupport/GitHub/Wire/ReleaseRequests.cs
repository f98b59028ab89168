namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>The body of create- and update-release calls; absent fields stay unchanged on update.</summary>
internal sealed record ReleaseRequest(
    string? TagName, string? TargetCommitish, string? Name, string? Body, bool? Draft, bool? Prerelease);

/// <summary>The body of an update-asset call.</summary>
internal sealed record AssetUpdateRequest(string? Name, string? Label);
