using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.Recording;
using Liftoff.TestSupport.GitHub.Routes;
using Liftoff.TestSupport.GitHub.State;
using Liftoff.TestSupport.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.TestSupport.GitHub;

/// <summary>
/// A stateful, in-memory stand-in for GitHub's REST API, served by Kestrel on 127.0.0.1 under <c>/api/v3/</c> as
/// a GitHub Enterprise host is. Point any client at <see cref="BaseUri"/> (Octokit:
/// <c>new GitHubClient(header, server.BaseUri)</c>, which appends <c>api/v3/</c> itself). It does not depend on
/// any client library, so it checks the wire format rather than a library's assumptions.
/// </summary>
public sealed class LocalGitHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private LocalGitHubServer(WebApplication app, Uri baseUri, GitHubState state)
    {
        _app = app;
        BaseUri = baseUri;
        State = state;
        Faults = app.Services.GetRequiredService<FaultInjector>();
        Requests = app.Services.GetRequiredService<RequestLog>();
        Auth = app.Services.GetRequiredService<AuthPolicy>();
    }

    /// <summary>The server root with a trailing slash, e.g. <c>http://127.0.0.1:5123/</c>: the GitHub Enterprise host URL.</summary>
    public Uri BaseUri { get; }

    /// <summary>The REST API root, <see cref="BaseUri"/> + <c>api/v3/</c>.</summary>
    public Uri ApiUri => new(BaseUri, "api/v3/");

    /// <summary>Everything the server holds; tests may read it, or seed it before the code under test runs.</summary>
    public GitHubState State { get; }

    /// <summary>Faults to serve instead of real answers.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every request seen, without credentials.</summary>
    public RequestLog Requests { get; }

    /// <summary>Which credentials are accepted; may be changed while the server runs.</summary>
    public AuthPolicy Auth { get; }

    /// <summary>Starts a server with default options on a free loopback port.</summary>
    public static Task<LocalGitHubServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(new LocalGitHubServerOptions(), cancellationToken);

    /// <summary>Starts a server on a free loopback port; the kernel picks the port, so parallel tests never collide.</summary>
    public static async Task<LocalGitHubServer> StartAsync(
        LocalGitHubServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = LoopbackWebApp.CreateBuilder();
        var state = new GitHubState(options.Time, options.User);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(options.Time);
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<AuthPolicy>();
        var urls = new ServerUrls();
        builder.Services.AddSingleton(urls);

        var app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<DefaultHeadersMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<AuthMiddleware>();
        RouteTable.MapAll(app);

        urls.Base = await LoopbackWebApp.StartAsync(app, cancellationToken);
        return new LocalGitHubServer(app, urls.Base, state);
    }

    /// <summary>
    /// Stops Kestrel, cutting off requests still running after a short grace period. Safe to call twice, so a
    /// test may dispose early and still leave its teardown in place.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await LoopbackWebApp.StopAsync(_app);
    }
}
