namespace Build.Demo;

/// <summary>
/// The demo's world in one folder: <c>origin.git</c> (bare; it also holds the ledger and the deploy locks as refs),
/// <c>site</c> (a clone: the sample site as its own repository, with a history of conventional commits) and
/// <c>served/&lt;env&gt;</c> (the releases directories nginx serves). The folder is world-readable, because nginx's
/// workers run as an unprivileged user.
/// </summary>
internal sealed class DemoSandbox
{
    public static readonly IReadOnlyList<string> Environments = ["test", "staging", "production"];

    // Build outputs of the sample in the Liftoff repository, never part of the copy.
    private static readonly HashSet<string> Skipped = ["bin", "obj", "artifacts", "served", "dist", "node_modules", "tools"];

    private DemoSandbox(string root, DemoGit git)
    {
        Root = root;
        Git = git;
    }

    public string Root { get; }

    public DemoGit Git { get; }

    public string Origin => Path.Combine(Root, "origin.git");

    public string Site => Path.Combine(Root, "site");

    public string Served(string environment) => Path.Combine(Root, "served", environment);

    /// <summary>Creates the folder, copies the sample, commits its history and pushes it to the bare origin.</summary>
    /// <param name="folder">An empty or missing folder, or null for a new temp folder.</param>
    /// <param name="repository">The Liftoff repository (the sample and the schema come from it).</param>
    /// <param name="packages">The folder Pack wrote, which the sandbox's nuget.config names.</param>
    /// <param name="version">The Liftoff version the sample's build project restores.</param>
    public static async Task<DemoSandbox> CreateAsync(string? folder, string repository, string packages, string version)
    {
        var root = folder ?? Directory.CreateTempSubdirectory("liftoff-demo-").FullName;
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new Cake.Core.CakeException($"--sandbox={root} is not empty; give an empty or missing folder.");
        }

        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
            await RequireReachableAsync(root);
        }

        var sandbox = new DemoSandbox(root, DemoGit.Create(root));
        foreach (var environment in Environments)
        {
            Directory.CreateDirectory(sandbox.Served(environment));
        }

        var files = CopySample(Path.Combine(repository, "examples", "sample-site"), sandbox.Site);
        files.AddRange(SandboxFiles.Write(sandbox.Site, repository, packages, version));
        await sandbox.CommitHistoryAsync(files);
        return sandbox;
    }

    // Run as root, nginx's workers switch to an unprivileged user (www-data), which must be able to walk down to the
    // served folders: a 0700 folder on the way (what mktemp -d makes) would turn every request into a 403.
    private static async Task RequireReachableAsync(string root)
    {
        if (!await Liftoff.TestSupport.Debian.AptPackages.IsRootAsync())
        {
            return;
        }

        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            if (!folder.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                throw new Cake.Core.CakeException(
                    $"nginx's workers run as an unprivileged user and could not reach the sandbox through {folder.FullName} (no execute permission for others); choose a --sandbox outside it, or chmod o+x it.");
            }
        }
    }

    private async Task CommitHistoryAsync(List<string> files)
    {
        await Git.RunAsync(Root, "init", "--quiet", "--bare", "--initial-branch=main", Origin);
        await Git.RunAsync(Site, "init", "--quiet", "--initial-branch=main");
        await Git.RunAsync(Site, "remote", "add", "origin", Origin);
        foreach (var (message, paths) in SiteHistory.Assign(files.Distinct()))
        {
            await Git.RunAsync(Site, ["add", "--", .. paths]);
            await Git.RunAsync(Site, "commit", "--quiet", "--message", message);
        }

        await Git.RunAsync(Site, "push", "--quiet", "--set-upstream", "origin", "main");
    }

    private static List<string> CopySample(string source, string destination)
    {
        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (relative.Split('/').Any(Skipped.Contains))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            if (relative.EndsWith(".sh", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, (UnixFileMode)0b111_101_101);
            }

            copied.Add(relative);
        }

        return copied;
    }
}
