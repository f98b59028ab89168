using System.Globalization;
using System.Text;
using Cake.Core;

namespace Liftoff.Cake.Tests.Support;

/// <summary>A Cake console that keeps everything written, standard output and error interleaved as a user sees them.</summary>
public sealed class CapturingConsole : IConsole
{
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _errors = new();

    public string Output => _all.ToString();

    public string Errors => _errors.ToString();

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    /// <summary>Whether this console claims to take colour codes, as a terminal does. Default false.</summary>
    public bool Ansi { get; init; }

    public bool SupportAnsiEscapeCodes => Ansi;

    public void Write(string format, params object[] arg) => _all.Append(Format(format, arg));

    public void Write(string value) => _all.Append(value);

    public void WriteLine(string format, params object[] arg) => _all.AppendLine(Format(format, arg));

    public void WriteLine(string value) => _all.AppendLine(value);

    public void WriteError(string format, params object[] arg) => WriteError(Format(format, arg));

    public void WriteError(string value)
    {
        _all.Append(value);
        _errors.Append(value);
    }

    public void WriteErrorLine(string format, params object[] arg) => WriteErrorLine(Format(format, arg));

    public void WriteErrorLine(string value)
    {
        _all.AppendLine(value);
        _errors.AppendLine(value);
    }

    public void ResetColor()
    {
    }

    private static string Format(string format, object[] arg) =>
        arg.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, arg);
}
