using System.Collections;
using System.Text;

namespace Liftoff.TestSupport.Git;

/// <summary>
/// What every git command in one sandbox shares: the isolated environment, the clock, and a counter that gives each
/// generated file a unique name across all working copies.
/// </summary>
internal sealed class GitSandboxContext
{
    private readonly Dictionary<string, string?> _isolation;
    private int _sequence;

    public GitSandboxContext(string root, GitSandboxOptions options)
    {
        Options = options;
        Clock = new GitClock(options.ClockStart, options.ClockStep);
        GlobalConfigPath = Path.Combine(root, "gitconfig");
        File.WriteAllText(GlobalConfigPath, RenderGlobalConfig(root, options));
        _isolation = BuildIsolation(GlobalConfigPath);
    }

    public GitSandboxOptions Options { get; }

    public GitClock Clock { get; }

    public string GlobalConfigPath { get; }

    /// <summary>A number unique within the sandbox, for generated file names.</summary>
    public int NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>The environment for one git command, with the dates set to the clock's current instant.</summary>
    public Dictionary<string, string?> Environment()
    {
        var date = GitClock.ToGitDate(Clock.Now);
        return new Dictionary<string, string?>(_isolation)
        {
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
        };
    }

    private static Dictionary<string, string?> BuildIsolation(string globalConfigPath)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);

        // Tests may run inside a git hook, which exports GIT_DIR, GIT_INDEX_FILE and friends; inherited, they would
        // point every sandbox command at the outer repository. Remove them all.
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("GIT_", StringComparison.Ordinal))
            {
                variables[name] = null;
            }
        }

        // No system config, and a sandbox file instead of ~/.gitconfig and ~/.config/git/config, so a developer's
        // signing, hooks path or aliases never change a test. HOME is kept: build children started with this
        // environment (dotnet, NuGet) still need the real caches under it.
        variables["GIT_CONFIG_NOSYSTEM"] = "1";
        variables["GIT_CONFIG_GLOBAL"] = globalConfigPath;
        variables["GIT_TERMINAL_PROMPT"] = "0";
        // A command that wants an editor (merge, rebase -i) takes its default message instead of hanging.
        variables["GIT_EDITOR"] = "true";
        // English, unlocalised messages, so tests can match on stderr.
        variables["LC_ALL"] = "C";
        return variables;
    }

    private static string RenderGlobalConfig(string root, GitSandboxOptions options)
    {
        var config = new StringBuilder();
        config.Append("[user]\n")
            .Append("\tname = ").Append(Quote(options.UserName)).Append('\n')
            .Append("\temail = ").Append(Quote(options.UserEmail)).Append('\n');
        config.Append("[init]\n\tdefaultBranch = ").Append(Quote(options.DefaultBranch)).Append('\n');
        config.Append("[commit]\n\tgpgsign = false\n[tag]\n\tgpgsign = false\n");
        config.Append("[core]\n\tautocrlf = false\n")
            .Append("\texcludesFile = ").Append(Quote(Path.Combine(root, "gitignore-global"))).Append('\n')
            .Append("\tattributesFile = ").Append(Quote(Path.Combine(root, "gitattributes-global"))).Append('\n');
        // Automatic gc and maintenance can fork into the background and hold files while the sandbox is deleted.
        config.Append("[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n");
        config.Append("[advice]\n\tdetachedHead = false\n");
        // The folders belong to whoever runs the tests; running as root in a container must not trip the ownership check.
        config.Append("[safe]\n\tdirectory = *\n");
        return config.ToString();
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
