namespace Liftoff.Validation.Prometheus;

/// <summary>The text is not valid Prometheus text format; the message names the line.</summary>
public sealed class PrometheusFormatException : FormatException
{
    /// <summary>Creates an error without a message.</summary>
    public PrometheusFormatException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public PrometheusFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    public PrometheusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
