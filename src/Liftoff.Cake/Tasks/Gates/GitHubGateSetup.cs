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

    /// <summary>The repository from the github settings, else from the origin's URL (<see cref="GitHubRepository.Resolve"/>).</summary>
    public static async Task<GitHubRepository> RepositoryAsync(GitHubOptions options, GitHubConnectionSettings settings, GitCli git) =>
        GitHubRepository.Resolve(options, settings, await git.RemoteUrlAsync("origin").ConfigureAwait(false));
}
