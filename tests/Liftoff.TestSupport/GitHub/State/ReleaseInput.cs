namespace Liftoff.TestSupport.GitHub.State;

/// <summary>What a new release is made from, through the API or when a test seeds state.</summary>
/// <param name="TagName">The tag; required.</param>
/// <param name="TargetCommitish">The branch or commit; GitHub defaults it to the default branch.</param>
/// <param name="Name">The title.</param>
/// <param name="Body">The description.</param>
/// <param name="Draft">Create it unpublished.</param>
/// <param name="Prerelease">Mark it as a prerelease.</param>
public sealed record ReleaseInput(
    string TagName,
    string TargetCommitish = "main",
    string? Name = null,
    string? Body = null,
    bool Draft = false,
    bool Prerelease = false);
