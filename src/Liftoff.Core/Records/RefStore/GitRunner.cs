using System.Globalization;
using System.Text;
using Liftoff.Diagnostics;
using Liftoff.Git;

namespace Liftoff.Records.RefStore;

/// <summary>
/// Runs one git command to completion over the shared <see cref="GitProcess"/> (which owns the pipes and killing on
/// cancel) and hands back everything it printed, so callers can tell "rejected" from "broken" by exit code and output.
/// </summary>
internal sealed class GitRunner
{
    private readonly string _workingDirectory;
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly string _executable;

    public GitRunner(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string executable)
    {
        _workingDirectory = workingDirectory;
        _environment = environment;
        _executable = executable;
    }

    public string WorkingDirectory => _workingDirectory;

    public IReadOnlyDictionary<string, string?> Environment => _environment;

    public string Executable => _executable;

    public async Task<GitResult> RunAsync(
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = _environment;
        if (extraEnvironment is not null)
        {
            var merged = new Dictionary<string, string?>(_environment, StringComparer.Ordinal);
            foreach (var (name, value) in extraEnvironment)
            {
                merged[name] = value;
            }

            environment = merged;
        }

        var process = GitProcess.Start(_executable, arguments, _workingDirectory, environment, cancellationToken);
        await using (process.ConfigureAwait(false))
        {
            using var reader = new StreamReader(process.StandardOutput, Encoding.UTF8);
            var output = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var (exitCode, error) = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return new GitResult(process.CommandLine, exitCode, output, error);
        }
    }

    /// <summary>Runs git and returns its trimmed output, throwing unless it exits 0.</summary>
    public async Task<string> RunCheckedAsync(
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var result = await RunAsync(arguments, cancellationToken, extraEnvironment).ConfigureAwait(false);
        return result.ExitCode == 0 ? result.Output.Trim() : throw Failed(result);
    }

    public LiftoffException Failed(GitResult result) =>
        new(
            DiagnosticCodes.GitCommandFailed,
            ExitCodes.TaskFailed,
            string.Create(
                CultureInfo.InvariantCulture,
                $"'{result.CommandLine}' failed in '{_workingDirectory}' with exit code {result.ExitCode}: {Describe(result.Error)}"));

    private static string Describe(string error)
    {
        var trimmed = error.Trim();
        return trimmed.Length == 0 ? "(no error output)" : trimmed;
    }
}

/// <summary>What one git command printed, and how it ended.</summary>
internal readonly record struct GitResult(string CommandLine, int ExitCode, string Output, string Error);
