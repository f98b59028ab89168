using System.Runtime.InteropServices;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// Points a symbolic link somewhere else in one atomic step: a new link under a temporary name, then rename(2)
/// over the old one. There is never a moment without the link (unlike delete-then-create), and never a link inside
/// the old target folder (the trap of <c>ln -sfn</c> when the link already points to a folder).
/// </summary>
internal static class AtomicSymlink
{
    public static void Replace(string linkPath, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the releases-directory target needs rename(2); it runs on Linux and macOS");
        }

        var directory = Path.GetDirectoryName(linkPath)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(linkPath)}.{Guid.NewGuid():N}.tmp");
        File.CreateSymbolicLink(temporary, target);
        if (NativeMethods.Rename(temporary, linkPath) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            File.Delete(temporary);
            throw new LiftoffException(DiagnosticCodes.SwitchFailed, ExitCodes.TaskFailed,
                $"could not point {linkPath} at {target}: rename(2) failed with errno {errno} ({Marshal.GetPInvokeErrorMessage(errno)}); " +
                "the release served before is still served");
        }
    }
}
