using System.Collections.Concurrent;
using Liftoff.TestSupport.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.Webhooks;

/// <summary>
/// A local stand-in for a chat webhook (Slack, Teams, anything that takes a JSON POST): a Kestrel app on a loopback
/// port that keeps every body posted to it, and can answer the next few posts with an error status.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failuresLeft;
    private int _failureStatus = StatusCodes.Status503ServiceUnavailable;
    private int _disposed;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The receiver's root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>A webhook URL on this receiver whose path holds a secret, as Slack's and Teams' URLs do.</summary>
    public Uri SecretUrl(string secret) => new(BaseUri, "hooks/" + Uri.EscapeDataString(secret));

    /// <summary>Every post that was answered 2xx, in order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received.Where(r => r.Status < 300)];

    /// <summary>Every post, including those answered with an error.</summary>
    public IReadOnlyList<ReceivedWebhook> All => [.. _received];

    /// <summary>Answers the next <paramref name="count"/> posts with <paramref name="status"/> instead of 204.</summary>
    public void FailNext(int count, int status = StatusCodes.Status503ServiceUnavailable)
    {
        _failureStatus = status;
        Interlocked.Exchange(ref _failuresLeft, count);
    }

    /// <summary>Starts a receiver on a free loopback port.</summary>
    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackWebApp.CreateBuilder().Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.ReceiveAsync);
        receiver.BaseUri = await LoopbackWebApp.StartAsync(app, cancellationToken);
        return receiver;
    }

    /// <summary>Stops Kestrel; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await LoopbackWebApp.StopAsync(_app);
        }
    }

    // A RequestDelegate, not a Task<IResult> handler: a method group returning Task<IResult> binds to the
    // RequestDelegate overload of MapPost, which would drop the result and answer 200.
    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? _failureStatus : StatusCodes.Status204NoContent;
        _received.Enqueue(new ReceivedWebhook(context.Request.Path.Value ?? "/", context.Request.ContentType ?? "", body, status));
        context.Response.StatusCode = status;
    }
}

/// <summary>One post the receiver saw.</summary>
/// <param name="Path">The path posted to.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Status">What the receiver answered.</param>
public sealed record ReceivedWebhook(string Path, string ContentType, string Body, int Status);
