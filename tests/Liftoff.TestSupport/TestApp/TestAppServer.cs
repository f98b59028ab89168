using System.Collections.Concurrent;
using System.Text.Json;
using Liftoff.TestSupport.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.TestSupport.TestApp;

/// <summary>
/// A small web app that validation is tested against, served by Kestrel on a free 127.0.0.1 port. It serves
/// <c>/.well-known/liftoff.json</c>, <c>/</c>, <c>/health</c>, <c>POST /api/login</c> (a token),
/// <c>/api/me</c> (needs <c>Authorization: Bearer &lt;token&gt;</c>) and <c>/metrics</c> (Prometheus text), and can
/// be told to misbehave through <see cref="Behavior"/>.
/// </summary>
public sealed class TestAppServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private TestAppServer(WebApplication app, Uri baseUri, TestAppBehavior behavior, TestAppMetrics metrics)
    {
        _app = app;
        BaseUri = baseUri;
        Behavior = behavior;
        Metrics = metrics;
    }

    /// <summary>The app's root with a trailing slash, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The marker served and the faults to inject; may be changed while the app runs.</summary>
    public TestAppBehavior Behavior { get; }

    /// <summary>The request counters behind <c>/metrics</c>.</summary>
    public TestAppMetrics Metrics { get; }

    /// <summary>Starts the app on a free loopback port.</summary>
    public static async Task<TestAppServer> StartAsync(TestAppBehavior? behavior = null, CancellationToken cancellationToken = default)
    {
        behavior ??= new TestAppBehavior();
        var metrics = new TestAppMetrics();
        var app = LoopbackWebApp.CreateBuilder().Build();
        var tokens = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        app.Use((context, next) => CountAsync(context, next, metrics));
        app.Use((context, next) => MisbehaveAsync(context, next, behavior));
        MapRoutes(app, behavior, metrics, tokens);
        return new TestAppServer(app, await LoopbackWebApp.StartAsync(app, cancellationToken), behavior, metrics);
    }

    /// <summary>Stops Kestrel; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await LoopbackWebApp.StopAsync(_app);
    }

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/.well-known");

    private static async Task CountAsync(HttpContext context, Func<Task> next, TestAppMetrics metrics)
    {
        try
        {
            await next();
        }
        finally
        {
            if (!IsInfrastructure(context.Request.Path))
            {
                metrics.Record(context.Response.StatusCode);
            }
        }
    }

    private static async Task MisbehaveAsync(HttpContext context, Func<Task> next, TestAppBehavior behavior)
    {
        var path = context.Request.Path.Value ?? "/";
        if (behavior.IsAborted(path))
        {
            context.Abort();
            return;
        }

        var delay = behavior.DelayFor(path);
        if (delay > TimeSpan.Zero)
        {
            // Said in a header so tests can see the knob took effect without timing the request.
            context.Response.Headers["X-Test-Delay-Ms"] = ((long)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Task.Delay(delay, context.RequestAborted);
        }

        if (behavior.FailureFor(path) is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync($"failing on purpose with {status}", context.RequestAborted);
            return;
        }

        if (behavior.IsEmpty(path))
        {
            context.Response.StatusCode = 200;
            return;
        }

        if (!IsInfrastructure(context.Request.Path) && behavior.NextRequestFails())
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("injected error", context.RequestAborted);
            return;
        }

        await next();
    }

    private static void MapRoutes(WebApplication app, TestAppBehavior behavior, TestAppMetrics metrics, ConcurrentDictionary<string, string> tokens)
    {
        app.MapGet("/.well-known/liftoff.json", () => Results.Text(JsonSerializer.Serialize(new
        {
            name = behavior.Name,
            version = behavior.Version,
            commit = behavior.Commit,
            artifact = $"{behavior.Name}-{behavior.Version}",
            contentSha256 = behavior.ContentSha256,
        }), "application/json"));
        app.MapGet("/", () => Results.Text(
            $"<!doctype html><html><head><title>Test app</title></head><body><h1>Test app {behavior.Version}</h1></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/health", (HttpContext context) =>
        {
            context.Response.Headers["X-App-Version"] = behavior.Version;
            return Results.Text(JsonSerializer.Serialize(new { status = "ok", version = behavior.Version }), "application/json");
        });
        app.MapPost("/api/login", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var user = body.RootElement.TryGetProperty("user", out var name) ? name.GetString() : null;
            if (string.IsNullOrEmpty(user))
            {
                return Results.Text("{\"error\":\"user required\"}", "application/json", statusCode: 400);
            }

            var token = "tok-" + Guid.NewGuid().ToString("N");
            tokens[token] = user;
            return Results.Text(JsonSerializer.Serialize(new { token, user }), "application/json");
        });
        app.MapGet("/api/me", (HttpContext context) =>
        {
            var header = context.Request.Headers.Authorization.ToString();
            var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
            if (behavior.BreakAuth || !tokens.TryGetValue(token, out var user))
            {
                return Results.Text("{\"error\":\"unauthorized\"}", "application/json", statusCode: 401);
            }

            return Results.Text(JsonSerializer.Serialize(new { user, version = behavior.Version }), "application/json");
        });
        app.MapGet("/metrics", () => behavior.MetricsMissing
            ? Results.NotFound()
            : Results.Text(behavior.MetricsOverride ?? metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"));
    }
}
