namespace Liftoff.TestSupport.Pages;

/// <summary>
/// Plays Pages' propagation delay: it notes when each tip of the branch first appeared (polling, and on every
/// request) and answers with the newest tip that has been there for at least the delay. The tip present when the
/// server starts counts as long propagated.
/// </summary>
internal sealed class PagesTipWatcher : IAsyncDisposable
{
    private readonly PagesGitReader _git;
    private readonly LocalPagesServerOptions _options;
    private readonly List<(string? Commit, DateTimeOffset Seen)> _tips = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();

    // One observation at a time: a slow poll must not record an old tip after a request recorded a newer one.
    private readonly SemaphoreSlim _observing = new(1, 1);
    private Task _polling = Task.CompletedTask;

    public PagesTipWatcher(PagesGitReader git, LocalPagesServerOptions options)
    {
        _git = git;
        _options = options;
    }

    private string RefName => "refs/heads/" + _options.Branch;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var first = await _git.ResolveAsync(RefName, cancellationToken);
        lock (_gate)
        {
            _tips.Add((first, DateTimeOffset.MinValue));
        }

        _polling = PollAsync(_stop.Token);
    }

    /// <summary>The commit served now, or null when the branch has not (yet) propagated.</summary>
    public async Task<string?> ServedAsync(CancellationToken cancellationToken)
    {
        await ObserveAsync(cancellationToken);
        var cutoff = _options.Time.GetUtcNow() - _options.PropagationDelay;
        lock (_gate)
        {
            return _tips.LastOrDefault(t => t.Seen <= cutoff).Commit;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _polling;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
        _observing.Dispose();
    }

    private async Task ObserveAsync(CancellationToken cancellationToken)
    {
        await _observing.WaitAsync(cancellationToken);
        try
        {
            var tip = await _git.ResolveAsync(RefName, cancellationToken);
            lock (_gate)
            {
                if (_tips[^1].Commit != tip)
                {
                    _tips.Add((tip, _options.Time.GetUtcNow()));
                }
            }
        }
        finally
        {
            _observing.Release();
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_options.PollInterval, _options.Time, cancellationToken);
            await ObserveAsync(cancellationToken);
        }
    }
}
