using System.Security.Cryptography;
using System.Text;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// Everything a run could change, as text, so that "nothing changed" is one comparison: the working tree's status,
/// HEAD, refs and stash, the content of every file outside <c>.git</c>, every ref of the bare origin (the ledger and
/// the locks among them), and every entry of the environments' folders with its content or link target.
/// </summary>
public static class StateSnapshot
{
    /// <summary>
    /// Ignored: <c>refs/liftoff-tracking/</c>, the private copy of origin's ledger and lock refs a read fetches, like
    /// <c>refs/remotes/</c>. Reading the ledger to refuse a deploy is not a change.
    /// </summary>
    public const string TrackingRefs = "refs/liftoff-tracking/";

    public static string Take(GitSandbox sandbox, params string[] folders)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var text = new StringBuilder();
        text.Append("# status\n").Append(Git(sandbox, sandbox.Path, "status", "--porcelain=v1", "--untracked-files=all", "--ignored=matching"));
        text.Append("# HEAD\n").Append(Git(sandbox, sandbox.Path, "rev-parse", "HEAD")).Append(Git(sandbox, sandbox.Path, "symbolic-ref", "-q", "HEAD"));
        text.Append("# refs\n").Append(string.Join('\n', Git(sandbox, sandbox.Path, "for-each-ref", "--format=%(refname) %(objectname)")
            .Split('\n').Where(line => !line.StartsWith(TrackingRefs, StringComparison.Ordinal))));
        text.Append("# stash\n").Append(Git(sandbox, sandbox.Path, "stash", "list"));
        text.Append("# files\n").Append(Tree(sandbox.Path, skipGit: true));
        text.Append("# origin\n").Append(Git(sandbox, sandbox.Root, "--git-dir", sandbox.OriginPath, "for-each-ref", "--format=%(refname) %(objectname)"));
        foreach (var folder in folders)
        {
            text.Append("# ").Append(folder).Append('\n').Append(Tree(folder, skipGit: false));
        }

        return text.ToString();
    }

    private static string Git(GitSandbox sandbox, string directory, params string[] arguments) =>
        ProcessRunner.Run(new ProcessSpec("git", arguments) { WorkingDirectory = directory, Environment = sandbox.Environment }).StdOut + "\n";

    private static string Tree(string root, bool skipGit)
    {
        if (!Directory.Exists(root))
        {
            return "(missing)\n";
        }

        var lines = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", options))
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            if (skipGit && (relative == ".git" || relative.StartsWith(".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }

            lines.Add(entry.LinkTarget is { } target ? $"{relative} -> {target}"
                : entry is FileInfo file ? $"{relative} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName)))}"
                : $"{relative}/");
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }
}
