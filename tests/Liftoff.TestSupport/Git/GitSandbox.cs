using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// A throwaway git world in a temp folder: a bare repository <c>origin.git</c> and a working clone <c>work</c>
/// whose <c>origin</c> points at it. The sandbox itself is that working clone; <see cref="CloneAgain"/> adds more.
/// Everything is deleted on dispose.
/// </summary>
/// <example>
/// <code>
/// using var git = GitSandbox.Create();
/// git.History().Commit("feat: add login").Tag("v1.0.0").Commit("fix(auth): token expiry").Push();
/// </code>
/// </example>
public sealed class GitSandbox : GitWorkingCopy, IDisposable
{
    private readonly TempDirectory _root;
    private int _clones;

    private GitSandbox(TempDirectory root, GitSandboxContext context)
        : base(context, root.Combine("work"))
    {
        _root = root;
    }

    /// <summary>The sandbox folder, holding <c>origin.git</c>, <c>work</c> and any clones.</summary>
    public string Root => _root.Path;

    /// <summary>The bare repository every working copy pushes to, also usable as a remote URL.</summary>
    public string OriginPath => _root.Combine("origin.git");

    /// <summary>The clock that dates every commit and annotated tag in this sandbox.</summary>
    public GitClock Clock => Context.Clock;

    /// <summary>Creates the bare origin and the first working clone.</summary>
    /// <exception cref="ProcessFailedException">git is missing or failed.</exception>
    public static GitSandbox Create(GitSandboxOptions? options = null)
    {
        options ??= new GitSandboxOptions();
        var root = TempDirectory.Create("git");
        try
        {
            var sandbox = new GitSandbox(root, new GitSandboxContext(root.Path, options));
            sandbox.Initialise();
            return sandbox;
        }
        catch
        {
            root.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes another working clone of <c>origin</c>, sharing this sandbox's identity and clock: a second developer
    /// or CI machine, for tests of concurrent pushes and locks.
    /// </summary>
    /// <param name="name">The folder name under <see cref="Root"/>; <c>clone-N</c> by default.</param>
    public GitWorkingCopy CloneAgain(string? name = null)
    {
        name ??= $"clone-{Interlocked.Increment(ref _clones)}";
        var clone = new GitWorkingCopy(Context, _root.Combine(name));
        RunIn(Root, "clone", "--quiet", OriginPath, clone.Path);
        ConfigureWorkingCopy(clone);
        return clone;
    }

    /// <summary>Runs git against the bare origin (<c>git --git-dir origin.git …</c>), to see what a push really published.</summary>
    /// <returns>Standard output, with trailing line breaks removed.</returns>
    public string OriginGit(params string[] arguments) => RunIn(Root, ["--git-dir", OriginPath, .. arguments]);

    /// <summary>Deletes the sandbox folder.</summary>
    public void Dispose() => _root.Dispose();

    private void Initialise()
    {
        var branch = Context.Options.DefaultBranch;
        RunIn(Root, "init", "--quiet", "--bare", "--initial-branch", branch, OriginPath);
        RunIn(Root, "clone", "--quiet", OriginPath, Path);
        // Cloning an empty repository leaves HEAD on whatever git guessed; name the unborn branch explicitly.
        Git("symbolic-ref", "HEAD", $"refs/heads/{branch}");
        ConfigureWorkingCopy(this);
        if (Context.Options.InitialCommit)
        {
            WriteFile("README.md", "# Sandbox\n");
            Commit("chore: initial commit", "README.md");
            Push();
        }
    }

    // The identity also goes into each clone's own config: code under test that starts git without the sandbox
    // environment still commits as the test user and never tries to sign.
    private static void ConfigureWorkingCopy(GitWorkingCopy copy)
    {
        var options = copy.Context.Options;
        copy.Git("config", "user.name", options.UserName);
        copy.Git("config", "user.email", options.UserEmail);
        copy.Git("config", "commit.gpgsign", "false");
        copy.Git("config", "tag.gpgsign", "false");
    }

    private string RunIn(string directory, params string[] arguments) =>
        ProcessRunner.Run(Spec(arguments) with { WorkingDirectory = directory }).EnsureSuccess().StdOut.TrimEnd('\n', '\r');
}
