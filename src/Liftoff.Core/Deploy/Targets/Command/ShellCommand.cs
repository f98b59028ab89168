using System.Diagnostics;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.Command;

/// <summary>Runs one command line with <c>/bin/sh -c</c>, capturing its output, and kills it at its timeout.</summary>
internal static class ShellCommand
{
    public static async Task<ShellCommandResult> RunAsync(
        string label, string commandLine, CommandTargetOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? "",
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);

        var output = new StringBuilder();
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }

            options.Output?.Invoke(line);
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        var started = time.GetTimestamp();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new LiftoffException(DiagnosticCodes.CommandTimedOut, ExitCodes.TaskFailed,
                $"the {label} command of {options.Environment} ran longer than {options.Timeout.TotalSeconds:0} s and was killed: {commandLine}{Tail(output)}");
        }

        // The parameterless wait flushes the asynchronous output readers.
        process.WaitForExit();
        var elapsed = time.GetElapsedTime(started);
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new ShellCommandResult(process.ExitCode, text, elapsed);
    }

    public static string Tail(StringBuilder output)
    {
        lock (output)
        {
            return Tail(output.ToString());
        }
    }

    /// <summary>The last lines of the output, indented under the message; empty when there was none.</summary>
    public static string Tail(string output)
    {
        var lines = output.TrimEnd().Split('\n');
        if (lines is [""])
        {
            return "";
        }

        return "\n  " + string.Join("\n  ", lines.TakeLast(40));
    }
}
