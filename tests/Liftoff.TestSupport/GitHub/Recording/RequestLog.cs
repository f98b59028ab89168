namespace Liftoff.TestSupport.GitHub.Recording;

/// <summary>
/// Every request the server saw, in the order their responses started. An entry is added before the response
/// headers leave, so once a client call returns its request is already in the log.
/// </summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>A snapshot of every request so far.</summary>
    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// The requests with <paramref name="method"/> (or <c>*</c>) whose path matches
    /// <paramref name="pathPattern"/> (see <see cref="PathPattern"/>).
    /// </summary>
    public IReadOnlyList<RecordedRequest> Matching(string method, string pathPattern) =>
        [.. All.Where(r =>
            (method == "*" || string.Equals(method, r.Method, StringComparison.OrdinalIgnoreCase))
            && PathPattern.Matches(pathPattern, r.Path))];

    /// <summary>How many requests match; see <see cref="Matching"/>.</summary>
    public int Count(string method, string pathPattern) => Matching(method, pathPattern).Count;

    /// <summary>Forgets every request, e.g. after a test's arrange step.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
