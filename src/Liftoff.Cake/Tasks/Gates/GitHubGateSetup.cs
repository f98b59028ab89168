using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.GitHub;

namespace Liftoff.Cake.Tasks.Gates;

/// <summary>What the gates that read GitHub share: the connection settings, the no-token reason, and the repository.</summary>
internal static class GitHubGateSetup
{
    public static GitHubConnectionSettings Settings(LoadedConfiguration configuration) =>
        GitHubConnectionSettings.FromOptions(configuration.Options.GitHub, configuration.Environment);

    /// <summary>The Fail reason when no token is set; the gate cannot check, so it does not pass.</summary>
    public static string NoTokenReason(string gateKey) => string.Create(
        CultureInfo.InvariantCulture,
        $"no GitHub token, so this cannot be checked: set GITHUB_TOKEN or GH_TOKEN (or github.token=env:NAME), or switch the gate off with gates.{gateKey}.enabled=false");

    /// <summary>
    /// The repository from <c>github.owner</c> and <c>github.repository</c>, else from the origin's URL.
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1253</c> without either; <c>LIFTOFF0401</c> for a non-GitHub origin.</exception>
    public static async Task<GitHubRepository> RepositoryAsync(GitHubOptions options, GitHubConnectionSettings settings, GitCli git)
    {
        if (!string.IsNullOrEmpty(options.Owner) && !string.IsNullOrEmpty(options.Repository))
        {
            return new GitHubRepository(options.Owner, options.Repository) { Host = settings.WebHost };
        }

        var origin = await git.RemoteUrlAsync("origin").ConfigureAwait(false);
        return origin is null
            ? throw new LiftoffException(DiagnosticCodes.GateRepositoryUnknown, ExitCodes.TaskFailed,
                "The repository has no origin, so the GitHub repository is unknown: set github.owner and github.repository.")
            : GitHubRepository.Parse(origin, settings.IsEnterprise ? settings.WebHost : null);
    }
}
