using System.Text;
using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>A <see cref="TextWriter"/> whose lines go to Cake's log, for helpers that report progress on a writer.</summary>
internal sealed class LogWriter(ICakeLog log) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            log.Information("{0}", _line.ToString().TrimEnd('\r'));
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }
}
