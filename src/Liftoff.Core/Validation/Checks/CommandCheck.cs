using System.Diagnostics;
using System.Text;
using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>
/// A shell command with <c>{url}</c> filled in; exit code 0 passes. A timeout kills the whole process tree and fails;
/// a command that cannot start fails. The last lines of its output explain a failure.
/// </summary>
internal sealed class CommandCheck(CheckContext context, CommandCheckOptions options) : IValidationCheck
{
    private const int TailLength = 400;

    public CheckKind Kind => CheckKind.Command;

    public string Name { get; } = options.Name ?? options.Command;

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        if (string.IsNullOrWhiteSpace(options.Command))
        {
            return CheckResult.Fail(Kind, Name, "no command", "the command is empty", TimeSpan.Zero);
        }

        var command = options.Command.Replace("{url}", context.BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal);
        using var process = new Process { StartInfo = StartInfo(command) };
        var output = new StringBuilder();
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return CheckResult.Fail(Kind, Name, "not started", error.Message, context.Time.GetElapsedTime(started));
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = TimeSpan.FromSeconds(options.TimeoutSeconds);
        using var timeout = new CancellationTokenSource(limit, context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return CheckResult.Fail(Kind, Name, $"still running after {Measure.Ms(limit)}", $"timed out after {Measure.Ms(limit)}", context.Time.GetElapsedTime(started));
        }

        var elapsed = context.Time.GetElapsedTime(started);
        var measured = $"exit {process.ExitCode} in {Measure.Ms(elapsed)}";
        var values = new Dictionary<string, double> { ["exitCode"] = process.ExitCode };
        string tail;
        lock (gate)
        {
            tail = output.Length <= TailLength ? output.ToString().Trim() : "…" + output.ToString(output.Length - TailLength, TailLength).Trim();
        }

        return (process.ExitCode == 0
            ? CheckResult.Pass(Kind, Name, measured, elapsed)
            : CheckResult.Fail(Kind, Name, measured, tail.Length == 0 ? "non-zero exit code" : tail, elapsed)) with { Values = values };

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.AppendLine(line);
            }
        }
    }

    private static ProcessStartInfo StartInfo(string command)
    {
        var windows = OperatingSystem.IsWindows();
        var info = new ProcessStartInfo(windows ? "cmd.exe" : "/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(windows ? "/c" : "-c");
        info.ArgumentList.Add(command);
        return info;
    }
}
