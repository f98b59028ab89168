namespace Liftoff.TestSupport.GitHub.Faults;

/// <summary>
/// The faults registered on one server. The first registered fault that matches a request and still has firings
/// left wins; faults can be added while the server runs.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<Fault> _faults = [];

    /// <summary>Every fault registered, in order, including exhausted ones (so tests can read their counts).</summary>
    public IReadOnlyList<Fault> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults];
            }
        }
    }

    /// <summary>
    /// Registers <paramref name="fault"/> and returns it, so a test can keep it and check
    /// <see cref="Fault.FiredCount"/>.
    /// </summary>
    public Fault Add(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _faults.Add(fault);
        }

        return fault;
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Claims one firing of the first matching fault, or returns null to let the request through.</summary>
    internal Fault? Claim(string method, string path)
    {
        foreach (var fault in All)
        {
            if (fault.Matches(method, path) && fault.TryClaim())
            {
                return fault;
            }
        }

        return null;
    }
}
