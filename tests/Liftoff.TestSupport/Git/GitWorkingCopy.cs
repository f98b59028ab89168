using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// A working clone inside a <see cref="GitSandbox"/>, driven through the real <c>git</c>. Every command gets the
/// sandbox's isolated environment and clock, so results do not depend on the machine's git config or the time.
/// </summary>
public class GitWorkingCopy
{
    internal GitWorkingCopy(GitSandboxContext context, string path)
    {
        Context = context;
        Path = path;
    }

    /// <summary>The absolute path of the working tree.</summary>
    public string Path { get; }

    /// <summary>
    /// The variables every sandbox git command runs with (isolation, identity dates). Pass them to code under test that
    /// starts its own git, so it sees the same world. A null value means "remove this variable".
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment => Context.Environment();

    /// <summary>The full sha of HEAD.</summary>
    public string Head => Git("rev-parse", "HEAD");

    /// <summary>The checked-out branch; works before the first commit too.</summary>
    public string CurrentBranch => Git("symbolic-ref", "--short", "HEAD");

    internal GitSandboxContext Context { get; }

    /// <summary>Runs git in this working copy.</summary>
    /// <returns>Standard output, with trailing line breaks removed.</returns>
    /// <exception cref="ProcessFailedException">git failed; the message holds the command and stderr.</exception>
    public string Git(params string[] arguments) => TrimLineBreaks(TryGit(arguments).EnsureSuccess().StdOut);

    /// <summary>Runs git in this working copy and returns the result whatever the exit code, for tests of failures.</summary>
    public ProcessResult TryGit(params string[] arguments) => ProcessRunner.Run(Spec(arguments));

    /// <summary>Runs git in this working copy without blocking.</summary>
    /// <returns>Standard output, with trailing line breaks removed.</returns>
    /// <exception cref="ProcessFailedException">git failed.</exception>
    public async Task<string> GitAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var result = await ProcessRunner.RunAsync(Spec([.. arguments]), cancellationToken);
        return TrimLineBreaks(result.EnsureSuccess().StdOut);
    }

    /// <summary>Writes UTF-8 text (no BOM) to a file in the working tree, creating parent folders.</summary>
    /// <returns>The absolute path of the file.</returns>
    public string WriteFile(string relativePath, string content)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    /// <summary>Reads a file from the working tree.</summary>
    public string ReadFile(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    /// <summary>
    /// Stages <paramref name="paths"/> (or every change when none are given) and commits them, one clock step after
    /// the previous commit. A message with a body is "subject\n\nbody", as <c>git commit -m</c> takes it.
    /// </summary>
    /// <returns>The sha of the new commit.</returns>
    /// <exception cref="ProcessFailedException">Nothing to commit, or git failed.</exception>
    public string Commit(string message, params string[] paths)
    {
        Git(paths.Length == 0 ? ["add", "--all"] : ["add", "--", .. paths]);
        Context.Clock.Advance();
        Git("commit", "--quiet", "--message", message);
        return Head;
    }

    /// <summary>Tags HEAD (or <paramref name="target"/>): annotated when <paramref name="message"/> is given, lightweight otherwise.</summary>
    public void Tag(string name, string? message = null, string? target = null)
    {
        List<string> arguments = message is null ? ["tag", name] : ["tag", "--annotate", name, "--message", message];
        if (target is not null)
        {
            arguments.Add(target);
        }

        if (message is not null)
        {
            // An annotated tag is an object with its own date; keep it after the commit it points at.
            Context.Clock.Advance();
        }

        Git([.. arguments]);
    }

    /// <summary>
    /// Pushes to <c>origin</c>. With no refspecs: the current branch (setting its upstream) and every tag,
    /// which is what most tests mean by "publish".
    /// </summary>
    public void Push(params string[] refspecs) =>
        Git(refspecs.Length == 0 ? ["push", "--quiet", "--set-upstream", "origin", "HEAD", "--tags"] : ["push", "--quiet", "origin", .. refspecs]);

    /// <summary>Fetches branches and tags from <c>origin</c>, pruning deleted branches.</summary>
    public void Fetch() => Git("fetch", "--quiet", "--tags", "--prune", "origin");

    /// <summary>Fast-forwards the current branch to <c>origin</c>'s; fails rather than merging.</summary>
    public void Pull() => Git("pull", "--quiet", "--ff-only", "origin", CurrentBranch);

    /// <summary>Creates a branch at HEAD (or <paramref name="startPoint"/>) without switching to it.</summary>
    public void Branch(string name, string? startPoint = null) =>
        Git(startPoint is null ? ["branch", name] : ["branch", name, startPoint]);

    /// <summary>Switches to a branch, tag or commit; with <paramref name="create"/>, creates the branch at HEAD first.</summary>
    public void Checkout(string name, bool create = false) =>
        Git(create ? ["checkout", "--quiet", "-b", name] : ["checkout", "--quiet", name]);

    /// <summary>Merges <paramref name="branch"/> with a merge commit, even when a fast-forward were possible.</summary>
    /// <returns>The sha of the merge commit.</returns>
    public string Merge(string branch, string? message = null)
    {
        Context.Clock.Advance();
        Git("merge", "--quiet", "--no-ff", "--message", message ?? $"Merge branch '{branch}'", branch);
        return Head;
    }

    /// <summary>Runs <c>git log</c> with a format (default the subject) and returns one entry per commit, newest first.</summary>
    public IReadOnlyList<string> Log(string format = "%s", string revision = "HEAD") =>
        Git("log", $"--format={format}", revision).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Starts a fluent history on this working copy.</summary>
    public HistoryBuilder History() => new(this);

    /// <summary>
    /// Appends <paramref name="count"/> synthetic commits to <paramref name="branch"/> (default: the current one)
    /// through <c>git fast-import</c>; see <see cref="GitFastImport"/>.
    /// </summary>
    /// <returns>The sha of the last commit.</returns>
    public string FastImport(int count, Func<int, string> message, string? branch = null) =>
        GitFastImport.Run(this, count, message, branch);

    /// <inheritdoc />
    public override string ToString() => Path;

    internal ProcessSpec Spec(IReadOnlyList<string> arguments) => new("git", arguments)
    {
        WorkingDirectory = Path,
        Environment = Context.Environment(),
        Timeout = Context.Options.CommandTimeout,
    };

    private static string TrimLineBreaks(string output) => output.TrimEnd('\n', '\r');
}
