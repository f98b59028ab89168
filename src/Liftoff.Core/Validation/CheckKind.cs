namespace Liftoff.Validation;

/// <summary>The kinds of declared check.</summary>
public enum CheckKind
{
    /// <summary>The wait for the expected version marker.</summary>
    Readiness,

    /// <summary>One HTTP request.</summary>
    Http,

    /// <summary>Requests in sequence, carrying values.</summary>
    CriticalPath,

    /// <summary>Δerrors/Δtotal from a Prometheus text endpoint.</summary>
    ErrorRate,

    /// <summary>Percentiles over N requests.</summary>
    Latency,

    /// <summary>A shell command.</summary>
    Command,
}
