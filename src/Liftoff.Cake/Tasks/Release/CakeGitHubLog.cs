using Cake.Core.Diagnostics;
using Liftoff.GitHub;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>Shows GitHub retries in Cake's log, so a slow run says why it is waiting.</summary>
internal sealed class CakeGitHubLog(ICakeLog log) : IGitHubLog
{
    public void Retrying(GitHubRetryNotice notice) => log.Warning("GitHub: {0}", notice);
}
