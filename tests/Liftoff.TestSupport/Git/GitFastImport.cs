using System.Globalization;
using System.Text;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// Writes many synthetic commits at once through <c>git fast-import</c>: about 100k commits in seconds, where one
/// <c>git commit</c> per commit would take many minutes. For benchmarks and long-history tests.
/// Each commit changes one of a few files under <c>synthetic/</c>, so the tree stays small however long the
/// history, and is dated by the sandbox clock like any other commit.
/// </summary>
public static class GitFastImport
{
    private const int SyntheticFiles = 64;

    /// <summary>Appends <paramref name="count"/> commits to <paramref name="branch"/> (default: the current branch).</summary>
    /// <param name="repository">The working copy whose repository receives the commits.</param>
    /// <param name="count">How many commits.</param>
    /// <param name="message">The message of commit <c>i</c>, for i = 0 (oldest) to count - 1.</param>
    /// <param name="branch">The branch to extend or create.</param>
    /// <returns>The sha of the last commit.</returns>
    /// <remarks>When the branch is checked out, the working tree is reset to the new tip: uncommitted changes are lost.</remarks>
    /// <exception cref="ProcessFailedException">fast-import rejected the stream.</exception>
    public static string Run(GitWorkingCopy repository, int count, Func<int, string> message, string? branch = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        var currentBranch = repository.CurrentBranch;
        branch ??= currentBranch;
        var reference = $"refs/heads/{branch}";
        var parent = repository.TryGit("rev-parse", "--verify", "--quiet", reference);
        var context = repository.Context;
        var identity = $"{context.Options.UserName} <{context.Options.UserEmail}>";

        var spec = repository.Spec(["fast-import", "--quiet", "--done"]) with
        {
            // Generous: the cost is linear in the count, and a slow CI disk should not fail a benchmark setup.
            Timeout = context.Options.CommandTimeout + TimeSpan.FromMilliseconds(count),
            StandardInput = async (writer, cancellationToken) =>
            {
                for (var index = 0; index < count; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var date = GitClock.ToGitDate(context.Clock.Advance());
                    await writer.WriteAsync($"commit {reference}\n");
                    await writer.WriteAsync($"author {identity} {date}\ncommitter {identity} {date}\n");
                    await WriteDataAsync(writer, message(index) + "\n");
                    if (index == 0 && parent.Succeeded)
                    {
                        await writer.WriteAsync($"from {parent.StdOut.Trim()}\n");
                    }

                    var file = string.Create(CultureInfo.InvariantCulture, $"synthetic/{index % SyntheticFiles:D2}.txt");
                    await writer.WriteAsync($"M 100644 inline {file}\n");
                    await WriteDataAsync(writer, string.Create(CultureInfo.InvariantCulture, $"{index}\n"));
                    await writer.WriteAsync('\n');
                }

                // With --done, a stream cut short (a crash in this writer) is an error instead of a partial history.
                await writer.WriteAsync("done\n");
            },
        };
        ProcessRunner.Run(spec).EnsureSuccess();

        if (branch == currentBranch)
        {
            // fast-import moves the ref but not the index or the files; bring them along.
            repository.Git("reset", "--hard", "--quiet");
        }

        return repository.Git("rev-parse", reference);
    }

    // fast-import counts bytes, not characters.
    private static async Task WriteDataAsync(TextWriter writer, string data)
    {
        await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount(data)}\n"));
        await writer.WriteAsync(data);
    }
}
