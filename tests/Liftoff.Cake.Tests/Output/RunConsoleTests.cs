using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Output;
using Liftoff.Cake.Tests.Support;
using Liftoff.Gates;

namespace Liftoff.Cake.Tests.Output;

public sealed class RunConsoleTests
{
    private static readonly GateResult[] Verdicts = [GateResult.Pass("Check-Tests", "335/335 passed", "all passed"), GateResult.Fail("Check-Review", "#77", "not approved")];

    [Test]
    public void Write_ConsoleThatTakesColour_HasEscapeCodes()
    {
        // The control: the same table on a terminal is coloured, so the plain tests below can fail.
        var console = new CapturingConsole { Ansi = true };

        new RunConsole(console, new CakeBuildLog(console)).Write(VerdictTables.Gates(Verdicts));

        Assert.That(console.Output, Does.Contain("\u001b["));
    }

    [Test]
    public void Write_RedirectedOrPlainConsole_HasNoControlCodes()
    {
        var console = new CapturingConsole();

        var sut = new RunConsole(console, new CakeBuildLog(console));
        sut.Write(VerdictTables.Gates(Verdicts));
        sut.WriteMarkupLine("[green]✓[/] Switched  production");

        Assert.That(console.Output, Does.Not.Contain('\u001b'));
        Assert.That(console.Output, Does.Match(@"Check-Review\s+✗ Fail\s+#77\s+not approved"));
        Assert.That(console.Output, Does.Contain("✓ Switched  production"));
    }

    [TestCase("CI", "true")]
    [TestCase("NO_COLOR", "1")]
    public void PlainWhenRedirectedConsole_CiOrNoColor_TakesNoColourEvenOnATerminal(string variable, string value)
    {
        var terminal = new CapturingConsole { Ansi = true };
        var environment = new FakeEnvironment(new Dictionary<string, string> { [variable] = value });

        var console = new PlainWhenRedirectedConsole(terminal, environment);
        new RunConsole(console, new CakeBuildLog(console)).Write(VerdictTables.Gates(Verdicts));

        Assert.That(console.SupportAnsiEscapeCodes, Is.False);
        Assert.That(terminal.Output, Does.Not.Contain('\u001b'));
    }

    [TestCase(Verbosity.Quiet, false)]
    [TestCase(Verbosity.Minimal, true)]
    public void Write_Table_ShowsFromMinimal(Verbosity verbosity, bool shown)
    {
        var console = new CapturingConsole();

        new RunConsole(console, new CakeBuildLog(console, verbosity)).Write(VerdictTables.Gates(Verdicts));

        Assert.That(console.Output.Contains("Check-Tests", StringComparison.Ordinal), Is.EqualTo(shown));
    }

    private sealed class FakeEnvironment(Dictionary<string, string> variables) : ICakeEnvironment
    {
        public global::Cake.Core.IO.DirectoryPath WorkingDirectory { get; set; } = new("/");

        public global::Cake.Core.IO.DirectoryPath ApplicationRoot => new("/");

        public ICakePlatform Platform => throw new NotSupportedException();

        public ICakeRuntime Runtime => throw new NotSupportedException();

        public global::Cake.Core.IO.DirectoryPath GetSpecialPath(global::Cake.Core.IO.SpecialPath path) => throw new NotSupportedException();

        public string? GetEnvironmentVariable(string variable) => variables.GetValueOrDefault(variable);

        public IDictionary<string, string> GetEnvironmentVariables() => variables;
    }
}
