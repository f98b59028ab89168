using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.Recording;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Liftoff.TestSupport.GitHub.Faults;

/// <summary>Serves the first matching <see cref="Fault"/> in place of the real handler.</summary>
internal sealed class FaultMiddleware(
    RequestDelegate next, FaultInjector faults, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.Claim(context.Request.Method, ApiPaths.Relative(context.Request.Path));
        if (fault is null)
        {
            await next(context);
            return;
        }

        context.Items[RequestRecordingMiddleware.FaultedKey] = fault;
        if (fault.Delay > TimeSpan.Zero && !await DelayAsync(context, fault.Delay))
        {
            return;
        }

        if (fault.Reset)
        {
            RequestRecordingMiddleware.ResetConnection(context);
            return;
        }

        if (fault.EffectiveStatus is { } status)
        {
            await FaultResponse.WriteAsync(context, fault, status, time);
            return;
        }

        await next(context);
    }

    /// <summary>
    /// Waits, but gives up when the client goes away or the server stops, so a long delay never holds up a test's
    /// teardown. Returns false when the wait was cut short and nothing more should be sent.
    /// </summary>
    private async Task<bool> DelayAsync(HttpContext context, TimeSpan delay)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(delay, time, stop.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            RequestRecordingMiddleware.ResetConnection(context);
            return false;
        }
    }
}
