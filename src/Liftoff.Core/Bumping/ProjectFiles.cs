namespace Liftoff.Bumping;

/// <summary>Finds the files whose version is bumped without configuration: project files, Directory.Build.props, package.json.</summary>
internal static class ProjectFiles
{
    // Build output, dependencies and git's own folder hold copies and other people's package.json files.
    private static readonly HashSet<string> Skipped = new(["bin", "obj", "node_modules", ".git"], StringComparer.OrdinalIgnoreCase);

    public static List<string> Find(string root)
    {
        var found = new List<string>();
        Walk(root, root, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(string root, string directory, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Directory.Build.props", StringComparison.OrdinalIgnoreCase)
                || name.Equals("package.json", StringComparison.Ordinal))
            {
                found.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            // A linked folder could lead outside the repository, or back into it forever.
            if (!Skipped.Contains(Path.GetFileName(child)) && new DirectoryInfo(child).LinkTarget is null)
            {
                Walk(root, child, found);
            }
        }
    }
}
