using System.Net;
using System.Text;
using Liftoff.Configuration;

namespace Liftoff.Validation.Checks;

/// <summary>One request and its response, timed. A transport error is kept, not thrown, so it can become a Fail.</summary>
internal sealed record HttpExchange(
    Uri Url, HttpStatusCode? Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Elapsed, string? Error)
{
    public static async Task<HttpExchange> SendAsync(
        CheckContext context, HttpCheckOptions step, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken)
    {
        var url = context.Resolve(Placeholders.Fill(step.Path, variables) ?? "/");
        using var request = new HttpRequestMessage(new HttpMethod(step.Method.ToUpperInvariant()), url);
        var body = Placeholders.Fill(step.Body, variables);
        if (body is not null)
        {
            var json = body.TrimStart().StartsWith('{') || body.TrimStart().StartsWith('[');
            request.Content = new StringContent(body, Encoding.UTF8, json ? "application/json" : "text/plain");
        }

        foreach (var (name, value) in step.Headers)
        {
            var filled = Placeholders.Fill(value, variables) ?? "";
            if (!request.Headers.TryAddWithoutValidation(name, filled))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, filled);
            }
        }

        return await SendAsync(context, request, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<HttpExchange> SendAsync(CheckContext context, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        try
        {
            using var response = await context.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = context.Time.GetElapsedTime(started);
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            return new HttpExchange(request.RequestUri!, response.StatusCode, text, headers, elapsed, null);
        }
        catch (HttpRequestException error)
        {
            return new HttpExchange(request.RequestUri!, null, "", new Dictionary<string, string>(), context.Time.GetElapsedTime(started), error.Message);
        }
    }
}
