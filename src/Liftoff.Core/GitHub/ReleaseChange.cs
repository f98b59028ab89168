namespace Liftoff.GitHub;

/// <summary>What <see cref="IGitHubReleases.UpsertAsync"/> did.</summary>
public enum ReleaseChange
{
    /// <summary>No release had the tag, so one was created.</summary>
    Created,

    /// <summary>A release (published or draft) had the tag and was updated in place.</summary>
    Updated,
}
