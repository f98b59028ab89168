using NUnit.Framework;

namespace Liftoff.TestSupport;

/// <summary>
/// A fresh folder under <see cref="System.IO.Path.GetTempPath"/>, named <c>liftoff-test-*</c> so leftovers are easy
/// to spot and clean, and deleted on dispose.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>The prefix of every folder this class creates.</summary>
    public const string Prefix = "liftoff-test-";

    private const UnixFileMode WorldReadableMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private TempDirectory(string path) => Path = path;

    /// <summary>The absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates the folder. <see cref="Directory.CreateTempSubdirectory"/> makes it 0700, like <c>mktemp -d</c>;
    /// pass <paramref name="worldReadable"/> when another user must read it (nginx workers run as
    /// <c>www-data</c>/<c>nobody</c> and answer 403 otherwise). Subfolders created later get 0755 from the usual
    /// umask, so only the top folder needs the change.
    /// </summary>
    /// <param name="label">A short word added to the name, to tell leftovers apart.</param>
    /// <param name="worldReadable">Make the folder 0755 instead of 0700.</param>
    public static TempDirectory Create(string? label = null, bool worldReadable = false)
    {
        var name = label is null ? Prefix : $"{Prefix}{label}-";
        var directory = new TempDirectory(Directory.CreateTempSubdirectory(name).FullName);
        if (worldReadable)
        {
            directory.MakeWorldReadable();
        }

        return directory;
    }

    /// <summary>Sets the folder to 0755 so unprivileged processes (nginx workers) can list and read it.</summary>
    public void MakeWorldReadable()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, WorldReadableMode);
        }
    }

    /// <summary>Joins <paramref name="relativeParts"/> onto the folder path.</summary>
    public string Combine(params string[] relativeParts) =>
        System.IO.Path.Combine([Path, .. relativeParts]);

    /// <summary>Writes UTF-8 text (no BOM) to a file inside the folder, creating parent folders.</summary>
    /// <returns>The absolute path of the file.</returns>
    public string WriteFile(string relativePath, string content)
    {
        var fullPath = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    /// <summary>
    /// Deletes the folder. Read-only entries (git objects are 0444, some tests chmod folders) are made writable
    /// first, and deletion is retried because a process that was just killed may still hold files for a moment.
    /// A folder that still cannot be deleted is reported and left behind rather than thrown, so a cleanup failure
    /// never hides the real test failure.
    /// </summary>
    public void Dispose()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    MakeWritable(Path);
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                if (attempt == 5)
                {
                    TestContext.Progress.WriteLine($"warning: could not delete {Path}: {exception.Message}");
                    return;
                }

                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path;

    private static void MakeWritable(string root)
    {
        // Symbolic links are skipped: changing their mode would change their target, which may live outside.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var top = new DirectoryInfo(root);
        foreach (var entry in top.EnumerateFileSystemInfos("*", options).Prepend(top))
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (OperatingSystem.IsWindows())
            {
                entry.Attributes &= ~FileAttributes.ReadOnly;
            }
            else if (entry is DirectoryInfo)
            {
                entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }
        }
    }
}
