namespace Liftoff.GitHub;

/// <summary>What the GitHub release for a tag should look like; <see cref="IGitHubReleases.UpsertAsync"/> makes it so.</summary>
public sealed record ReleaseRequest
{
    /// <summary>The tag, e.g. <c>v1.2.0</c>. Required.</summary>
    public required string Tag { get; init; }

    /// <summary>The title. Default: the tag.</summary>
    public string? Name { get; init; }

    /// <summary>The notes, in Markdown. Default empty.</summary>
    public string Body { get; init; } = "";

    /// <summary>Marks a pre-release version (e.g. <c>2.0.0-beta.1</c>). Default false.</summary>
    public bool Prerelease { get; init; }

    /// <summary>Keeps the release unpublished. Default false; false also publishes an existing draft.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// The commit or branch GitHub creates the tag at when it does not exist yet. Default null: the repository's
    /// default branch. Liftoff pushes the tag first, so this is rarely needed.
    /// </summary>
    public string? TargetCommitish { get; init; }
}
