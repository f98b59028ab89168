using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub;

/// <summary>Settings for <see cref="LocalGitHubServer.StartAsync(LocalGitHubServerOptions, CancellationToken)"/>.</summary>
public sealed class LocalGitHubServerOptions
{
    /// <summary>The clock for timestamps and rate-limit resets. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The account every accepted token acts as. Default <c>liftoff-bot</c>, id 1.</summary>
    public GitHubUser User { get; init; } = new("liftoff-bot", 1);
}
