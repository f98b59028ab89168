using System.Diagnostics;
using System.Text;

namespace Liftoff.Processes;

/// <summary>
/// Runs a program with stdin closed and both pipes read at once, and kills the whole tree at its timeout or on
/// cancellation. The one place Liftoff starts a non-git process, so every tool gets the same kill and capture rules.
/// </summary>
internal static class ProcessRunner
{
    // After a kill the pipes normally close at once; a grandchild that escaped the tree must not hang the caller.
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="request"/>; a non-zero exit is returned, not thrown.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the tree has been killed.</exception>
    public static async Task<ProcessOutcome> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var process = new Process { StartInfo = StartInfo(request) };
        var capture = new ProcessCapture(request.OnLine);
        var started = request.Time.GetTimestamp();
        process.Start();
        process.StandardInput.Close();
        var readers = Task.WhenAll(
            capture.ReadAsync(process.StandardOutput, capture.StandardOutput),
            capture.ReadAsync(process.StandardError, capture.StandardError));

        using var timeout = new CancellationTokenSource(request.Timeout ?? Timeout.InfiniteTimeSpan, request.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // Waiting for the pipes as well as the exit means a grandchild still writing counts against the timeout.
            await Task.WhenAll(process.WaitForExitAsync(linked.Token), readers).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await DrainAsync(readers, request.Time).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return capture.Outcome(-1, timedOut: true, request.Time.GetElapsedTime(started));
        }

        return capture.Outcome(process.ExitCode, timedOut: false, request.Time.GetElapsedTime(started));
    }

    private static ProcessStartInfo StartInfo(ProcessRequest request)
    {
        var start = new ProcessStartInfo(request.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = request.WorkingDirectory ?? "",
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in request.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in request.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return start;
    }

    private static async Task DrainAsync(Task readers, TimeProvider time)
    {
        try
        {
            await readers.WaitAsync(DrainAfterKill, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Keep what was read; the rest belongs to a process outside the tree.
        }
    }
}
