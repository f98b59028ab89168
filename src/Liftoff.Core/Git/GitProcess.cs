using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Git;

/// <summary>
/// One running git process. Standard error is read in the background from the start, so git can never block on a
/// full pipe while the caller reads standard output (all at once, or streamed). Cancelling the token, or disposing
/// before git exits, kills the whole process tree (hooks, credential helpers, pagers).
/// </summary>
internal sealed class GitProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _standardError;
    private readonly CancellationTokenRegistration _killOnCancel;

    private GitProcess(Process process, string commandLine, CancellationToken cancellationToken)
    {
        _process = process;
        CommandLine = commandLine;
        _standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _killOnCancel = cancellationToken.Register(static state => KillTree((Process)state!), process);
    }

    /// <summary>The command as a person would type it, for error messages.</summary>
    public string CommandLine { get; }

    /// <summary>Git's raw standard output, to read incrementally.</summary>
    public Stream StandardOutput => _process.StandardOutput.BaseStream;

    /// <summary>Starts git. Variables with a null value are removed from the inherited environment.</summary>
    /// <exception cref="LiftoffException">The git executable could not be started.</exception>
    public static GitProcess Start(
        string executable,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var commandLine = FormatCommandLine(executable, arguments);
        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            process.Dispose();
            throw new LiftoffException(
                DiagnosticCodes.GitNotFound,
                ExitCodes.TaskFailed,
                string.Create(CultureInfo.InvariantCulture, $"Cannot start '{executable}' for '{commandLine}' in '{workingDirectory}': {error.Message}. Is git installed and on PATH?"),
                error);
        }

        // Closed, not inherited: a git that wants input (a credential prompt) sees end-of-file instead of hanging.
        process.StandardInput.Close();
        return new GitProcess(process, commandLine, cancellationToken);
    }

    /// <summary>Waits for git to exit and returns its exit code and standard error.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the tree has been killed.</exception>
    public async Task<(int ExitCode, string StandardError)> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(_process);
            throw;
        }

        var error = await _standardError.ConfigureAwait(false);
        return (_process.ExitCode, error);
    }

    /// <summary>Kills git if it is still running (the caller stopped reading early), then releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _killOnCancel.DisposeAsync().ConfigureAwait(false);
        if (!HasExited(_process))
        {
            KillTree(_process);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            await _standardError.ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The pipe broke because the tree was killed; nothing left to report.
        }

        _process.Dispose();
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Exception error) when (error is AggregateException or Win32Exception)
        {
            // A descendant exited between being listed and being signalled; the rest were killed.
        }
    }

    private static string FormatCommandLine(string executable, IReadOnlyList<string> arguments) =>
        string.Join(' ', new[] { executable }.Concat(arguments).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@%+,^~".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
