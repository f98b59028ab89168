namespace Liftoff.TestSupport.Pages;

/// <summary>Settings for <see cref="LocalPagesServer.StartAsync(LocalPagesServerOptions, CancellationToken)"/>.</summary>
public sealed class LocalPagesServerOptions
{
    /// <summary>The repository whose branch is served, usually a bare remote (<c>GitSandbox.OriginPath</c>). Required.</summary>
    public required string RepositoryPath { get; init; }

    /// <summary>The branch served. Default <c>gh-pages</c>.</summary>
    public string Branch { get; init; } = "gh-pages";

    /// <summary>
    /// How long a new tip waits before it is served, as Pages' build and CDN make it wait. The server serves the
    /// newest tip it has seen for at least this long. Default zero: every request sees the current tip.
    /// </summary>
    public TimeSpan PropagationDelay { get; init; } = TimeSpan.Zero;

    /// <summary>How often the tip is checked between requests, so a tip is timed from when it appeared. Default 50 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The clock that times propagation. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Variables for git (for example a sandbox's); a null value removes one. None by default.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}
