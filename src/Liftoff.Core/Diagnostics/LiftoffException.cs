using System.Globalization;

namespace Liftoff.Diagnostics;

/// <summary>
/// An error Liftoff expected and can explain. It carries a stable code (for example <c>LIFTOFF0001</c>) that
/// users can search for, and the exit code the process should end with.
/// </summary>
public class LiftoffException : Exception
{
    /// <summary>Creates an error with a code, an exit code and a message already formatted for people.</summary>
    public LiftoffException(string code, int exitCode, string message)
        : base(string.Create(CultureInfo.InvariantCulture, $"{code}: {message}"))
    {
        Code = code;
        ExitCode = exitCode;
    }

    /// <summary>Creates an error that wraps the exception that caused it.</summary>
    public LiftoffException(string code, int exitCode, string message, Exception innerException)
        : base(string.Create(CultureInfo.InvariantCulture, $"{code}: {message}"), innerException)
    {
        Code = code;
        ExitCode = exitCode;
    }

    /// <summary>The stable diagnostic code, for example <c>LIFTOFF0001</c>.</summary>
    public string Code { get; }

    /// <summary>The exit code the host returns when this error ends the run.</summary>
    public int ExitCode { get; }
}
