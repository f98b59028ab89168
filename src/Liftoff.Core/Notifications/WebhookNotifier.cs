using System.Globalization;
using System.Net;
using System.Text;
using Liftoff.Diagnostics;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Liftoff.Notifications;

/// <summary>
/// Posts notices to webhooks through a Polly pipeline: each attempt has a timeout, and 408, 429, 5xx, timeouts and
/// network errors are retried with exponential backoff (a Retry-After within the limit sets the wait). It never
/// throws for a delivery problem: the outcome says what happened, in words that never include the URL.
/// </summary>
public sealed class WebhookNotifier
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly int _retries;

    /// <summary>Creates a notifier.</summary>
    /// <param name="http">The client to post with.</param>
    /// <param name="retries">Retries after the first attempt. Default 3.</param>
    /// <param name="attemptTimeout">How long one attempt may take. Default 10 s.</param>
    /// <param name="baseDelay">The first backoff delay, doubled each retry. Default 1 s.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    public WebhookNotifier(HttpClient http, int retries = 3, TimeSpan? attemptTimeout = null, TimeSpan? baseDelay = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _retries = Math.Max(0, retries);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "Liftoff.Webhook", TimeProvider = time ?? TimeProvider.System };
        if (_retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromSeconds(1),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(10)).Build();
    }

    /// <summary>Posts <paramref name="notice"/> to <paramref name="target"/> in its template; never throws for a failed delivery.</summary>
    public async Task<NoticeDelivery> SendAsync(WebhookTarget target, Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(notice);
        var body = WebhookPayloads.Render(notice, target.Template);
        var attempts = 0;
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                return await _http.PostAsync(target.Url, content, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? new NoticeDelivery(true, attempts, null)
                : Failed(target, notice, attempts, string.Create(CultureInfo.InvariantCulture, $"answered {(int)response.StatusCode} {response.ReasonPhrase}"));
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && Describe(error) is { } reason)
        {
            return Failed(target, notice, attempts, reason);
        }
    }

    private NoticeDelivery Failed(WebhookTarget target, Notice notice, int attempts, string reason) =>
        new(false, attempts, string.Create(CultureInfo.InvariantCulture,
            $"{DiagnosticCodes.WebhookFailed}: the {notice.EventName} notice for {notice.Environment} was not delivered to the {target}: {reason} after {attempts} attempt{(attempts == 1 ? "" : "s")} ({_retries} retries allowed)."));

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter?.Delta is { } delta && delta <= MaxRetryAfter ? delta : null;

    // Only the kind of failure: an exception's message can name the host and path, and the path is the secret.
    private static string? Describe(Exception error) => error switch
    {
        HttpRequestException http => "network error (" + (http.HttpRequestError == HttpRequestError.Unknown ? "unknown" : http.HttpRequestError.ToString()) + ")",
        TimeoutRejectedException timeout => string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.Timeout.TotalSeconds:0.#} s"),
        OperationCanceledException => "the request timed out",
        _ => null,
    };
}

/// <summary>How a webhook post ended.</summary>
/// <param name="Delivered">True when the receiver answered 2xx.</param>
/// <param name="Attempts">How many posts were made.</param>
/// <param name="Failure">Why it was not delivered (with its code), without the URL; null when delivered.</param>
public sealed record NoticeDelivery(bool Delivered, int Attempts, string? Failure);
