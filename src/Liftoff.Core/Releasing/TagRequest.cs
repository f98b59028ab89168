namespace Liftoff.Releasing;

/// <summary>What to tag and push for one release.</summary>
public sealed record TagRequest
{
    /// <summary>The tag, for example <c>v1.5.0</c>.</summary>
    public required string TagName { get; init; }

    /// <summary>The tag's message. Default: "Release" and the tag name.</summary>
    public string? Message { get; init; }

    /// <summary>The release commit's message, or null for no release commit.</summary>
    public string? CommitMessage { get; init; }

    /// <summary>The files the release changed (changelog, bumped versions), committed by the release commit.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The branch to push HEAD to; null on a detached HEAD, where only the tag is pushed.</summary>
    public string? Branch { get; init; }

    /// <summary>The remote. Default <c>origin</c>.</summary>
    public string Remote { get; init; } = "origin";

    /// <summary>Compute and report the plan, and change nothing: no commit, no tag, no push, no fetch.</summary>
    public bool DryRun { get; init; }
}
