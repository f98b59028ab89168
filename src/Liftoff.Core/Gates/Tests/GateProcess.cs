using System.ComponentModel;
using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Processes;

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
    private static readonly Dictionary<string, string?> QuietEnvironment = new()
    {
        // Tools print colours and progress bars to terminals only; say plainly that this is not one.
        ["NO_COLOR"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",

        // A reused MSBuild node outlives the command and would keep its output pipe open, so reading to the end would
        // wait for the node rather than for the tests.
        ["MSBUILDDISABLENODEREUSE"] = "1",
    };

    public static async Task<GateProcessResult> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = new ProcessRequest(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            Environment = QuietEnvironment,
            Timeout = timeout,
        };
        var commandLine = program + " " + string.Join(' ', arguments);
        ProcessOutcome outcome;
        try
        {
            outcome = await ProcessRunner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception failure)
        {
            throw new LiftoffException(DiagnosticCodes.GateCommandNotStarted, ExitCodes.TaskFailed,
                string.Create(CultureInfo.InvariantCulture, $"Cannot start '{commandLine}' in '{workingDirectory}': {failure.Message}"), failure);
        }

        var result = new GateProcessResult(outcome.ExitCode, outcome.StandardOutput, outcome.StandardError);
        if (outcome.TimedOut)
        {
            throw new LiftoffException(DiagnosticCodes.GateCommandTimedOut, ExitCodes.TaskFailed, string.Create(
                CultureInfo.InvariantCulture, $"'{commandLine}' ran longer than {timeout.TotalSeconds:0} s and was killed{result.Tail()}"));
        }

        return result;
    }
}
