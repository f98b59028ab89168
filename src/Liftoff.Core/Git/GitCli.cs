using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.Git;

/// <summary>
/// <see cref="IGitClient"/> over the <c>git</c> executable users and CI already have, with their credential helpers,
/// hooks and shallow clones. Each call starts one git process; history is streamed, never read one commit at a time.
/// </summary>
public sealed partial class GitCli : IGitClient
{
    private static readonly IReadOnlyDictionary<string, string?> NoOverrides = new Dictionary<string, string?>();

    private readonly string _workingDirectory;
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly string _executable;

    /// <summary>Creates a client for the repository containing <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">Any folder inside the working tree.</param>
    /// <param name="environment">Variables set for every git command; a null value removes a variable. None by default.</param>
    /// <param name="executable">The git program; <c>git</c> from PATH by default.</param>
    public GitCli(string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, string executable = "git")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        _workingDirectory = workingDirectory;
        _environment = environment ?? NoOverrides;
        _executable = executable;
    }

    /// <inheritdoc />
    public async Task<string?> HeadShaAsync(CancellationToken cancellationToken = default)
    {
        // --verify --quiet exits 1 with no output on an unborn branch, where plain rev-parse HEAD would fail.
        var (exitCode, output) = await RunAsync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], [0, 1], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : null;
    }

    /// <inheritdoc />
    public async Task<string?> CurrentBranchAsync(CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await RunAsync(["symbolic-ref", "--quiet", "--short", "HEAD"], [0, 1], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GitTag>> TagsAsync(string prefix, string? mergedInto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        List<string> arguments = ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)"];
        if (mergedInto is not null)
        {
            arguments.Add("--merged=" + mergedInto);
        }

        // Glob characters in a prefix would widen the pattern; then list every tag and filter below instead.
        arguments.Add(prefix.Length == 0 || prefix.AsSpan().IndexOfAny("*?[\\") >= 0 ? "refs/tags/" : "refs/tags/" + prefix + "*");
        var (_, output) = await RunAsync(arguments, [0], cancellationToken).ConfigureAwait(false);

        var tags = new List<GitTag>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\0');
            if (parts.Length != 3 || !parts[0].StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            // An annotated tag peels to its commit; a lightweight tag already is one.
            tags.Add(new GitTag(parts[0], parts[2].Length > 0 ? parts[2] : parts[1]));
        }

        return tags;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GitCommit> CommitsAsync(string? fromExclusive, string toInclusive, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toInclusive);
        List<string> arguments = ["log", "--no-show-signature", "--no-color", .. GitCommitReader.LogFormatArguments, "--end-of-options"];
        arguments.Add(fromExclusive is null ? toInclusive : fromExclusive + ".." + toInclusive);
        arguments.Add("--");

        var process = Start(arguments, cancellationToken);
        await using (process.ConfigureAwait(false))
        {
            await foreach (var commit in GitCommitReader.ReadAsync(process.StandardOutput, cancellationToken).ConfigureAwait(false))
            {
                yield return commit;
            }

            var (exitCode, error) = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw Failed(process.CommandLine, exitCode, error);
            }
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyList<string> arguments, int[] acceptedExitCodes, CancellationToken cancellationToken)
    {
        var (exitCode, output, _) = await RunWithErrorAsync(arguments, acceptedExitCodes, cancellationToken).ConfigureAwait(false);
        return (exitCode, output);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunWithErrorAsync(
        IReadOnlyList<string> arguments, int[] acceptedExitCodes, CancellationToken cancellationToken)
    {
        var process = Start(arguments, cancellationToken);
        await using (process.ConfigureAwait(false))
        {
            using var reader = new StreamReader(process.StandardOutput, Encoding.UTF8);
            var output = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var (exitCode, error) = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (!acceptedExitCodes.Contains(exitCode))
            {
                throw Failed(process.CommandLine, exitCode, error);
            }

            return (exitCode, output, error);
        }
    }

    private GitProcess Start(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        GitProcess.Start(_executable, arguments, _workingDirectory, _environment, cancellationToken);

    private LiftoffException Failed(string commandLine, int exitCode, string error) =>
        new(
            DiagnosticCodes.GitCommandFailed,
            ExitCodes.TaskFailed,
            string.Create(CultureInfo.InvariantCulture, $"'{commandLine}' failed in '{_workingDirectory}' with exit code {exitCode}: {Describe(error)}"));

    private static string Describe(string error)
    {
        var trimmed = error.Trim();
        return trimmed.Length == 0 ? "(no error output)" : trimmed;
    }
}
