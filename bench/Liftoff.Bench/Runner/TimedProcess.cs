using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Liftoff.Bench.Runner;

/// <summary>
/// Runs a program and times it from start to exit. Standard output is drained into nothing unless kept, so a
/// baseline such as <c>git log</c> is not charged for decoding text the way a consumer would not be either.
/// </summary>
internal static class TimedProcess
{
    public sealed record Outcome(double Milliseconds, string Output, string Error);

    /// <exception cref="InvalidOperationException">The program failed or timed out; the message has its standard error.</exception>
    public static async Task<Outcome> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        bool keepOutput = false,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception notStarted)
        {
            throw new InvalidOperationException($"cannot start {Describe(fileName, arguments)}: {notStarted.Message}", notStarted);
        }

        process.StandardInput.Close();
        using var kept = keepOutput ? new MemoryStream() : null;
        var output = process.StandardOutput.BaseStream.CopyToAsync(kept ?? Stream.Null, CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(limit.Token);
            await Task.WhenAll(output, error).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new InvalidOperationException($"{Describe(fileName, arguments)} did not finish in time and was stopped");
        }

        stopwatch.Stop();
        var text = kept is null ? "" : Encoding.UTF8.GetString(kept.ToArray());
        var errorText = await error;
        if (process.ExitCode != 0)
        {
            var shown = errorText.Length > 0 ? errorText : text;
            var tail = shown[^Math.Min(3000, shown.Length)..];
            throw new InvalidOperationException(
                $"{Describe(fileName, arguments)} exited with {process.ExitCode} in {workingDirectory}:{Environment.NewLine}{tail}");
        }

        return new Outcome(stopwatch.Elapsed.TotalMilliseconds, text, errorText);
    }

    /// <summary>The command as a shell would show it.</summary>
    public static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@%+,^~{}".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
