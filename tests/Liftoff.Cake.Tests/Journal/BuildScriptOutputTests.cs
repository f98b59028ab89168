using Liftoff.Cake.Tests.Environments;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>
/// Plain output with no control codes, through <c>./build.sh</c> as a user or CI runs it: redirected, and on a real
/// terminal (a pseudo-terminal from util-linux's <c>script</c>) with <c>CI=true</c>. The terminal without CI is the
/// control: there the same run is coloured, so the test can fail. On a terminal the .NET runtime itself (every
/// <c>dotnet</c> process, even <c>--version</c>) writes the keypad-mode sequence <c>ESC[?1h ESC=</c> when it sets
/// the console up; that is not Liftoff's output and cannot be switched off from inside, so it is the one sequence
/// the terminal test allows.
/// </summary>
[Category("Slow")]
public sealed class BuildScriptOutputTests : EnvironmentFixture
{
    private const char Escape = '\u001b';
    private const string RuntimeKeypadMode = "\u001b[?1h\u001b=";

    [Test]
    public async Task BuildSh_Redirected_PrintsTheSummaryInPlainText()
    {
        var result = await BuildShAsync(terminal: false, ci: null);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("✅ DEPLOYMENT SUCCESSFUL"));
        Assert.That(result.StdOut + result.StdErr, Does.Not.Contain(Escape));
    }

    [Test]
    public async Task BuildSh_OnATerminalWithCiTrue_PrintsNoControlCodes()
    {
        var result = await BuildShAsync(terminal: true, ci: "true");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("DEPLOYMENT SUCCESSFUL"));
        Assert.That(result.StdOut.Replace(RuntimeKeypadMode, "", StringComparison.Ordinal), Does.Not.Contain(Escape));
    }

    [Test]
    public async Task BuildSh_OnATerminal_IsColoured()
    {
        var result = await BuildShAsync(terminal: true, ci: null);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut.Replace(RuntimeKeypadMode, "", StringComparison.Ordinal), Does.Contain(Escape + "["));
    }

    private async Task<ProcessResult> BuildShAsync(bool terminal, string? ci)
    {
        string[] args = [Path.Combine(RepositoryRoot.Path, "build.sh"), "--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}", $"--working={Sandbox.Path}"];
        var environment = new Dictionary<string, string?>(Sandbox.Environment) { ["CI"] = ci, ["NO_COLOR"] = null, ["TERM"] = "xterm-256color" };
        return terminal
            ? await ProcessRunner.RunAsync("script", ["-qec", string.Join(' ', args.Select(Quote)), "/dev/null"], workingDirectory: Path.GetTempPath(), environment: environment, timeout: TimeSpan.FromMinutes(5))
            : await ProcessRunner.RunAsync(args[0], args[1..], workingDirectory: Path.GetTempPath(), environment: environment, timeout: TimeSpan.FromMinutes(5));
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
