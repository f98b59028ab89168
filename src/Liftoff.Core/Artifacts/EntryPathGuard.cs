using System.Formats.Tar;
using System.Globalization;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// Zip-slip rules for archive entries, applied to every entry before anything is written: no absolute paths, no
/// <c>..</c>, no links. The builder never writes links, and a link that stays inside today can be followed by a
/// later entry; refusing them all is simpler than proving each one safe. Links that point outside are named as such.
/// </summary>
internal static class EntryPathGuard
{
    /// <summary>NAME_MAX: the longest file name Linux file systems (and macOS's) take, in bytes.</summary>
    private const int NameMax = 255;

    /// <summary>PATH_MAX less the terminating NUL: the longest path the system calls take, in bytes.</summary>
    private const int PathMax = 4095;

    /// <summary>Returns the entry's normalised relative path (no leading <c>./</c>, no trailing <c>/</c>), or throws.</summary>
    public static string Check(TarEntry entry, string targetDirectory)
    {
        var name = entry.Name;
        var path = Normalise(name);
        switch (entry.EntryType)
        {
            case TarEntryType.SymbolicLink:
                var from = Path.GetDirectoryName(Path.Combine(targetDirectory, path))!;
                throw LinkRejected("symbolic link", name, entry.LinkName, Escapes(targetDirectory, from, entry.LinkName));
            case TarEntryType.HardLink:
                throw LinkRejected("hard link", name, entry.LinkName, Escapes(targetDirectory, targetDirectory, entry.LinkName));
            case TarEntryType.Directory or TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                RequireFits(name, path, targetDirectory);
                return path;
            default:
                throw Unsafe($"entry '{name}' is a {entry.EntryType}; an artifact holds only folders and regular files");
        }
    }

    /// <summary>
    /// Refuses a name the file system cannot hold, in the check pass: otherwise the write pass failed half-way with a
    /// bare PathTooLongException, after writing the entries before it (found by the reliability suite).
    /// </summary>
    private static void RequireFits(string name, string path, string targetDirectory)
    {
        if (path.Split('/').Select(Encoding.UTF8.GetByteCount).Max() is var longest && longest > NameMax)
        {
            throw Unsafe(string.Create(CultureInfo.InvariantCulture,
                $"entry '{Shorten(name)}' has a name of {longest} bytes, longer than the {NameMax} a file system allows"));
        }

        var full = Encoding.UTF8.GetByteCount(Path.Combine(targetDirectory, path));
        if (full > PathMax)
        {
            throw Unsafe(string.Create(CultureInfo.InvariantCulture,
                $"entry '{Shorten(name)}' would be a path of {full} bytes in the release, longer than the {PathMax} the system allows"));
        }
    }

    private static string Shorten(string name) => name.Length <= 80 ? name : name[..40] + "…" + name[^30..];

    /// <summary>Normalises a path from an archive or manifest, or throws when it could leave the target.</summary>
    public static string Normalise(string name)
    {
        var path = name;
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        path = path.TrimEnd('/');
        if (path.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            throw Unsafe($"entry '{name}' has an empty or invalid name");
        }

        if (path[0] == '/' || Path.IsPathRooted(path) || (path.Length > 1 && path[1] == ':'))
        {
            throw Unsafe($"entry '{name}' has an absolute path; entries must be relative to the release");
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            throw Unsafe($"entry '{name}' contains a backslash, which some tools read as a folder separator");
        }

        if (path.Split('/').Any(segment => segment is ".." or "." or ""))
        {
            throw Unsafe($"entry '{name}' contains '..', '.' or an empty segment; it could be written outside the release");
        }

        return path;
    }

    private static bool Escapes(string root, string from, string linkTarget)
    {
        if (Path.IsPathRooted(linkTarget))
        {
            return true;
        }

        var resolved = Path.GetFullPath(Path.Combine(from, linkTarget));
        var rootWithSlash = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return !resolved.StartsWith(rootWithSlash, StringComparison.Ordinal) && resolved != Path.TrimEndingDirectorySeparator(root);
    }

    private static LiftoffException LinkRejected(string kind, string name, string target, bool outside) =>
        Unsafe(outside
            ? $"entry '{name}' is a {kind} to '{target}', which points outside the release"
            : $"entry '{name}' is a {kind} to '{target}'; an artifact holds no links");

    public static LiftoffException Unsafe(string message) =>
        new(DiagnosticCodes.ArtifactUnsafeEntry, ExitCodes.TaskFailed, $"{message}. Nothing was extracted.");
}
