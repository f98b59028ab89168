using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Pages;

/// <summary>
/// Reads a repository's objects as raw bytes (<see cref="ProcessRunner"/> decodes output as text, which would corrupt
/// images). Every command runs with <c>--git-dir</c>, so it works on a bare repository and never on a working tree.
/// </summary>
internal sealed class PagesGitReader
{
    private readonly string _gitDir;
    private readonly IReadOnlyDictionary<string, string?> _environment;

    public PagesGitReader(string gitDir, IReadOnlyDictionary<string, string?> environment)
    {
        _gitDir = gitDir;
        _environment = environment;
    }

    /// <summary>The commit <paramref name="refName"/> points to, or null when it does not exist.</summary>
    public async Task<string?> ResolveAsync(string refName, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(["rev-parse", "--verify", "--quiet", refName + "^{commit}"], cancellationToken);
        return exitCode == 0 ? System.Text.Encoding.UTF8.GetString(output).Trim() : null;
    }

    /// <summary>The content of the blob at <paramref name="path"/> in <paramref name="commit"/>, or null when there is no such file.</summary>
    public async Task<byte[]?> ReadBlobAsync(string commit, string path, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(["cat-file", "blob", $"{commit}:{path}"], cancellationToken);
        return exitCode == 0 ? output : null;
    }

    private async Task<(int ExitCode, byte[] Output)> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var spec = new ProcessSpec("git", ["--git-dir", _gitDir, .. arguments]) { Environment = _environment };
        using var process = ProcessRunner.CreateProcess(spec);
        process.Start();
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            using var buffer = new MemoryStream();
            await process.StandardOutput.BaseStream.CopyToAsync(buffer, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await error;
            return (process.ExitCode, buffer.ToArray());
        }
        catch (OperationCanceledException)
        {
            ProcessRunner.KillTree(process);
            throw;
        }
    }
}
