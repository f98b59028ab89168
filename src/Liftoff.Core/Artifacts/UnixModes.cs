namespace Liftoff.Artifacts;

/// <summary>
/// The only permissions an artifact or a release uses. The web server's workers run as another user, so folders
/// are 0755 and files 0644 (0755 when executable); anything stricter is served as 403.
/// </summary>
internal static class UnixModes
{
    public const UnixFileMode Directory =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public const UnixFileMode File =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public const UnixFileMode Executable = Directory;

    /// <summary>Normalises a source file's mode: executable or not is the only thing kept.</summary>
    public static UnixFileMode ForFile(UnixFileMode source) =>
        (source & UnixFileMode.UserExecute) != 0 ? Executable : File;

    /// <summary>Creates a folder (and its parents) readable by everyone; a no-op when it exists.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
            return;
        }

        // The mode passed here is masked by the umask, so it is set again explicitly.
        System.IO.Directory.CreateDirectory(path, Directory);
        System.IO.File.SetUnixFileMode(path, Directory);
    }

    /// <summary>Sets a file's mode, where modes exist.</summary>
    public static void Set(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, mode);
        }
    }
}
