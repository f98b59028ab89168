using System.Diagnostics;

namespace Liftoff.TestSupport.Tests.Processes;

/// <summary>Looks at processes through /proc, to prove that killed trees are really gone.</summary>
internal static class ProcessProbe
{
    /// <summary>True while the process exists and is not a zombie (a killed child nobody has reaped yet is dead).</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            // The state follows the parenthesised command name, which may itself contain spaces.
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Waits briefly for a killed process to disappear; SIGKILL is delivered asynchronously.</summary>
    public static async Task<bool> IsGoneWithinAsync(int pid, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
