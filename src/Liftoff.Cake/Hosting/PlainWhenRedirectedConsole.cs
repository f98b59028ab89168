using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Cake's console, without colour codes when they would end up as noise: when stdout is not a terminal (a pipe,
/// a file), with <c>CI=true</c>, or when <c>NO_COLOR</c> is set. Cake decides from the environment alone, and prints
/// escape codes into redirected logs.
/// </summary>
internal sealed class PlainWhenRedirectedConsole(IConsole inner, ICakeEnvironment environment) : IConsole
{
    // The one place that asks the process's console about redirection; everything else goes through IConsole.
#pragma warning disable RS0030
    private readonly bool _plain = System.Console.IsOutputRedirected
        || !string.IsNullOrEmpty(environment.GetEnvironmentVariable("NO_COLOR"))
        || string.Equals(environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
#pragma warning restore RS0030

    public ConsoleColor ForegroundColor
    {
        get => inner.ForegroundColor;
        set
        {
            if (!_plain)
            {
                inner.ForegroundColor = value;
            }
        }
    }

    public ConsoleColor BackgroundColor
    {
        get => inner.BackgroundColor;
        set
        {
            if (!_plain)
            {
                inner.BackgroundColor = value;
            }
        }
    }

    public bool SupportAnsiEscapeCodes => !_plain && inner.SupportAnsiEscapeCodes;

    public void Write(string format, params object[] arg) => inner.Write(format, arg);

    public void Write(string value) => inner.Write(value);

    public void WriteLine(string format, params object[] arg) => inner.WriteLine(format, arg);

    public void WriteLine(string value) => inner.WriteLine(value);

    public void WriteError(string format, params object[] arg) => inner.WriteError(format, arg);

    public void WriteError(string value) => inner.WriteError(value);

    public void WriteErrorLine(string format, params object[] arg) => inner.WriteErrorLine(format, arg);

    public void WriteErrorLine(string value) => inner.WriteErrorLine(value);

    public void ResetColor()
    {
        if (!_plain)
        {
            inner.ResetColor();
        }
    }
}
