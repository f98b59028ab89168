namespace Liftoff.TestSupport.GitHub.State;

/// <summary>A release as the server holds it. Immutable: a change stores a new copy, so readers never see half an edit.</summary>
/// <param name="Id">The release id.</param>
/// <param name="TagName">The tag the release is for.</param>
/// <param name="TargetCommitish">The branch or commit the tag is created from, when it does not exist yet.</param>
/// <param name="Name">The title, or null.</param>
/// <param name="Body">The description, or null.</param>
/// <param name="Draft">A draft is unpublished: it is invisible to get-by-tag and latest.</param>
/// <param name="Prerelease">A prerelease is never the latest release.</param>
/// <param name="CreatedAt">When the release was created.</param>
/// <param name="PublishedAt">When it was published; null while it is a draft.</param>
/// <param name="Assets">The uploaded assets, oldest first.</param>
public sealed record StoredRelease(
    long Id,
    string TagName,
    string TargetCommitish,
    string? Name,
    string? Body,
    bool Draft,
    bool Prerelease,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<StoredAsset> Assets);
