using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Building;

/// <summary>
/// Runs one build command with <c>/bin/sh -c</c> in a production environment, streaming each line to a callback
/// and capturing it, and kills the whole process tree at the timeout.
/// </summary>
public static class BuildCommand
{
    /// <summary>The environment every build command gets on top of the caller's.</summary>
    public static IReadOnlyDictionary<string, string> ProductionEnvironment { get; } = new Dictionary<string, string>
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["NODE_ENV"] = "production",
        // The terminal logger rewrites lines in place; the classic one prints the canonical warning format we read.
        ["MSBUILDTERMINALLOGGER"] = "off",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>Runs <paramref name="commandLine"/> and returns its exit code and output; a non-zero exit is not thrown.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.BuildCommandTimedOut"/> or <see cref="DiagnosticCodes.BuildCommandNotStarted"/>.</exception>
    public static async Task<BuildCommandResult> RunAsync(
        string commandLine, string workingDirectory, TimeSpan timeout, Action<string>? onLine, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(commandLine);
        foreach (var (key, value) in ProductionEnvironment)
        {
            start.Environment[key] = value;
        }

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

            onLine?.Invoke(line);
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        var started = time.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            throw new LiftoffException(DiagnosticCodes.BuildCommandNotStarted, ExitCodes.TaskFailed,
                $"could not start /bin/sh for the build command '{commandLine}': {error.Message}", error);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new LiftoffException(DiagnosticCodes.BuildCommandTimedOut, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                $"the build command ran longer than {timeout.TotalSeconds:0} s (build.timeoutSeconds) and was killed: {commandLine}{Tail(Text(output))}"));
        }

        // The parameterless wait flushes the asynchronous output readers.
        process.WaitForExit();
        return new BuildCommandResult(commandLine, process.ExitCode, Text(output), time.GetElapsedTime(started));
    }

    /// <summary>The last lines of some output, indented under a message; empty when there was none.</summary>
    public static string Tail(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.TrimEnd().Split('\n');
        return lines is [""] ? "" : "\n  " + string.Join("\n  ", lines.TakeLast(30));
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
