using System.Collections;
using Liftoff.TestSupport.Processes;

namespace Build.Demo;

/// <summary>
/// git for the sandbox: its own global config (a demo identity, no signing, no hooks from the machine) instead of the
/// machine's, and none of the caller's <c>GIT_*</c> variables, which a git hook or CI may have set. The sample's own
/// runs get the same variables, so the release commits, tags and ledger entries Liftoff makes look the same.
/// </summary>
internal sealed class DemoGit
{
    private DemoGit(IReadOnlyDictionary<string, string?> environment) => Environment = environment;

    /// <summary>The variables every git command in the sandbox runs with; a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    public static DemoGit Create(string sandboxRoot)
    {
        var config = Path.Combine(sandboxRoot, "gitconfig");
        File.WriteAllText(config, """
            [user]
            	name = Liftoff Demo
            	email = demo@liftoff.invalid
            [init]
            	defaultBranch = main
            [commit]
            	gpgsign = false
            [tag]
            	gpgsign = false
            [core]
            	autocrlf = false
            [gc]
            	auto = 0
            [advice]
            	detachedHead = false
            [safe]
            	directory = *

            """);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (((string)entry.Key).StartsWith("GIT_", StringComparison.Ordinal))
            {
                variables[(string)entry.Key] = null;
            }
        }

        variables["GIT_CONFIG_NOSYSTEM"] = "1";
        variables["GIT_CONFIG_GLOBAL"] = config;
        variables["GIT_TERMINAL_PROMPT"] = "0";
        return new DemoGit(variables);
    }

    /// <summary>Runs git in <paramref name="directory"/> and returns its output without the trailing line break.</summary>
    public async Task<string> RunAsync(string directory, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("git", arguments, directory, Environment, TimeSpan.FromMinutes(2));
        return result.EnsureSuccess().StdOut.TrimEnd('\n', '\r');
    }

    /// <summary>Runs git and says whether it exited with 0, for questions such as <c>merge-base --is-ancestor</c>.</summary>
    public async Task<bool> SucceedsAsync(string directory, params string[] arguments) =>
        (await ProcessRunner.RunAsync("git", arguments, directory, Environment, TimeSpan.FromMinutes(2))).Succeeded;
}
