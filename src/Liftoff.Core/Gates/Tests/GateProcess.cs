using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Tests;

/// <summary>What a gate's command did: its exit code and its output (stdout and stderr apart).</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
public sealed record GateProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The last lines of both streams, indented, for a Fail's reason; empty when there was no output.</summary>
    public string Tail(int lines = 15)
    {
        var all = (StandardOutput.TrimEnd() + "\n" + StandardError.TrimEnd()).Trim().Split('\n');
        return all is [""] ? "" : "\n  " + string.Join("\n  ", all.TakeLast(lines).Select(line => line.TrimEnd('\r')));
    }
}

/// <summary>
/// Runs one program for a gate with its output captured and a timeout. stdin is closed so a tool that wants input
/// (a prompt) sees end-of-file instead of hanging the pipeline; on timeout or cancellation the whole tree is killed.
/// </summary>
internal static class GateProcess
{
    public static async Task<GateProcessResult> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tools print colours and progress bars to terminals only; say plainly that this is not one.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // A reused MSBuild node outlives the command and would keep its output pipe open, so reading to the end would
        // wait for the node rather than for the tests.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var commandLine = program + " " + string.Join(' ', arguments);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception failure)
        {
            throw new LiftoffException(DiagnosticCodes.GateCommandNotStarted, ExitCodes.TaskFailed,
                string.Create(CultureInfo.InvariantCulture, $"Cannot start '{commandLine}' in '{workingDirectory}': {failure.Message}"), failure);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var partial = new GateProcessResult(-1, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
            throw new LiftoffException(DiagnosticCodes.GateCommandTimedOut, ExitCodes.TaskFailed, string.Create(
                CultureInfo.InvariantCulture, $"'{commandLine}' ran longer than {timeout.TotalSeconds:0} s and was killed{partial.Tail()}"));
        }

        return new GateProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
