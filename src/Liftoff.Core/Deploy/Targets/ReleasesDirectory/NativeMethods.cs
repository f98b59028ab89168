using System.Runtime.InteropServices;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// rename(2), which .NET does not expose for links: <c>File.Move</c> onto a link to a folder follows the link.
/// rename(2) replaces the link itself, atomically, so every request sees either the old or the new target.
/// </summary>
internal static class NativeMethods
{
    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int Rename(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
