using Liftoff.TestSupport.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.TestSupport.Pages;

/// <summary>
/// Plays GitHub Pages: a Kestrel app on 127.0.0.1 that serves the tree of a repository's <c>gh-pages</c> branch,
/// read straight from git objects, with an optional propagation delay. A test can then tell "pushed" from "served":
/// right after a deploy the old site is still served, and the new one only once the delay has passed.
/// </summary>
/// <example>
/// <code>
/// await using var pages = await LocalPagesServer.StartAsync(new() { RepositoryPath = git.OriginPath });
/// var html = await http.GetStringAsync(new Uri(pages.BaseUri, "index.html"));
/// </code>
/// </example>
public sealed class LocalPagesServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PagesTipWatcher _tips;
    private int _disposed;

    private LocalPagesServer(WebApplication app, PagesTipWatcher tips, Uri baseUri)
    {
        _app = app;
        _tips = tips;
        BaseUri = baseUri;
    }

    /// <summary>The site root with a trailing slash, for example <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The response header naming the commit each response was served from.</summary>
    public static string CommitHeader => PagesRequestHandler.CommitHeader;

    /// <summary>The commit served right now, or null when nothing is served yet.</summary>
    public Task<string?> ServedCommitAsync(CancellationToken cancellationToken = default) => _tips.ServedAsync(cancellationToken);

    /// <summary>Starts the server on a free loopback port; the kernel picks the port, so parallel tests never collide.</summary>
    public static async Task<LocalPagesServer> StartAsync(LocalPagesServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var git = new PagesGitReader(options.RepositoryPath, options.Environment);
        var tips = new PagesTipWatcher(git, options);
        await tips.StartAsync(cancellationToken);
        try
        {
            var app = LoopbackWebApp.CreateBuilder().Build();
            var handler = new PagesRequestHandler(git, tips);
            app.Run(handler.HandleAsync);
            return new LocalPagesServer(app, tips, await LoopbackWebApp.StartAsync(app, cancellationToken));
        }
        catch
        {
            await tips.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops Kestrel and the tip watcher. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await LoopbackWebApp.StopAsync(_app);
        await _tips.DisposeAsync();
    }
}
