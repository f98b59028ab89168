namespace Liftoff.Changelog;

/// <summary>The notes of one release: what the changelog section and the GitHub release body are rendered from.</summary>
public sealed record ReleaseNotes
{
    /// <summary>The version without the tag prefix, for example <c>1.5.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The release's tag, for example <c>v1.5.0</c>.</summary>
    public required string TagName { get; init; }

    /// <summary>The previous release's tag, for the compare link; null for the first release.</summary>
    public string? PreviousTagName { get; init; }

    /// <summary>The release date, passed in by the caller (from an injected clock), never read here.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The non-empty sections, in <see cref="ChangelogSection.Order"/>.</summary>
    public IReadOnlyList<ChangelogSection> Sections { get; init; } = [];

    /// <summary>Whether there is nothing to list (for example a release forced with <c>--version</c>).</summary>
    public bool IsEmpty => Sections.Count == 0;
}
