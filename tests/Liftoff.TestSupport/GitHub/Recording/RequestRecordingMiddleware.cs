using Liftoff.TestSupport.GitHub.Hosting;
using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Recording;

/// <summary>The outermost middleware: writes each request to the <see cref="RequestLog"/> exactly once.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, RequestLog log)
{
    /// <summary>Set by the fault middleware; a reset has no response to take a status from.</summary>
    public const string FaultedKey = "liftoff.github.faulted";
    public const string ResetKey = "liftoff.github.reset";
    private const string RecordNowKey = "liftoff.github.record-now";

    /// <summary>
    /// Records the request, then drops the connection. The client sees the reset at once, so the record must be
    /// written first or a test asserting on the log straight after its call can find it empty.
    /// </summary>
    public static void ResetConnection(HttpContext context)
    {
        context.Items[ResetKey] = true;
        (context.Items[RecordNowKey] as Action)?.Invoke();
        context.Abort();
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var recorded = 0;
        void Record()
        {
            // The response-start callback and the finally block can both get here; only the first one counts.
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                log.Add(Describe(context));
            }
        }

        // Recording when the response starts, not after it ends, means the client cannot see the answer before
        // the log holds the request; a test may assert on the log straight after its call returns.
        context.Items[RecordNowKey] = (Action)Record;
        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            Record();
        }
    }

    private static RecordedRequest Describe(HttpContext context)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        // A header without a scheme would be the bare token; it is logged as malformed, never copied.
        string? scheme = authorization.Length == 0 ? null
            : authorization.Contains(' ', StringComparison.Ordinal) ? authorization.Split(' ', 2)[0]
            : "(malformed)";
        var reset = context.Items.ContainsKey(ResetKey);
        return new RecordedRequest(
            request.Method,
            ApiPaths.Relative(request.Path),
            request.QueryString.Value ?? string.Empty,
            reset ? 0 : context.Response.StatusCode,
            scheme,
            context.Items.ContainsKey(FaultedKey));
    }
}
