namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>The paths of a releases directory, in one place. Links are relative, so the whole tree can be moved.</summary>
internal sealed record ReleasesLayout(string Root)
{
    public string Releases => Path.Combine(Root, "releases");

    public string Shared => Path.Combine(Root, "shared");

    public string Current => Path.Combine(Root, "current");

    public string Previous => Path.Combine(Root, "previous");

    public string Release(string id) => Path.Combine(Releases, id);

    /// <summary>What <c>current</c> and <c>previous</c> point to: relative to <see cref="Root"/>.</summary>
    public static string LinkTargetFor(string id) => "releases/" + id;

    /// <summary>The release id a link points to, or null when the link is missing.</summary>
    public static string? ReadLink(string linkPath)
    {
        var target = new FileInfo(linkPath).LinkTarget;
        return target is null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(target));
    }
}
