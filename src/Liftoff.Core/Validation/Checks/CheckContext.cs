namespace Liftoff.Validation.Checks;

/// <summary>What every check needs: where the environment is, how to reach it, the clock and the time a check may take.</summary>
/// <param name="BaseUrl">The environment URL, with a trailing slash.</param>
/// <param name="Http">The client for every request.</param>
/// <param name="Time">The clock for latencies and timeouts.</param>
/// <param name="CheckTimeout">The time one check may take.</param>
internal sealed record CheckContext(Uri BaseUrl, HttpClient Http, TimeProvider Time, TimeSpan CheckTimeout)
{
    /// <summary>A path relative to the environment URL (an absolute URL is used as is).</summary>
    public Uri Resolve(string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return new Uri(BaseUrl, path.TrimStart('/'));
    }

    /// <summary>
    /// Runs a check under its timeout. A timeout or an error means nothing was measured: Inconclusive, never a Pass,
    /// and counted against the window's consecutive error limit.
    /// </summary>
    public async Task<CheckResult> GuardAsync(
        CheckKind kind, string name, Func<CancellationToken, Task<CheckResult>> run, CancellationToken cancellationToken)
    {
        var started = Time.GetTimestamp();
        using var timeout = new CancellationTokenSource(CheckTimeout, Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await run(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Inconclusive(kind, name, "no answer", $"timed out after {Measure.Ms(CheckTimeout)}", Time.GetElapsedTime(started));
        }
        catch (Exception error) when (error is HttpRequestException or IOException or FormatException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return CheckResult.Inconclusive(kind, name, "error", error.Message, Time.GetElapsedTime(started));
        }
    }
}
