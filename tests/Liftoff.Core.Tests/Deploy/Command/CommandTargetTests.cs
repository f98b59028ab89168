using Liftoff.Artifacts;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.Command;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Deploy.Command;

public sealed class CommandTargetTests
{
    [Test]
    public void Fill_ValueWithQuotesAndCode_StaysOneArgument()
    {
        var filled = ShellQuote.Fill("echo {version}", new Dictionary<string, string> { ["version"] = "1.0'; rm -rf /tmp/x; '" });

        Assert.That(filled, Is.EqualTo("echo '1.0'\\''; rm -rf /tmp/x; '\\'''"));
    }

    [Test]
    public async Task SwitchAsync_DeployCommand_GetsThePlaceholdersQuoted()
    {
        using var folder = TempDirectory.Create("command");
        var log = folder.Combine("log");
        var target = Create(folder, $"printf '%s|%s|%s|%s\\n' {{version}} {{artifact}} {{environment}} {{url}} > {log}");

        var switched = await target.SwitchAsync(new PreparedRelease("1.2.3", "/srv/a b/site-1.2.3.tar.gz", Marker()));

        Assert.That(File.ReadAllText(log).TrimEnd(), Is.EqualTo("1.2.3|/srv/a b/site-1.2.3.tar.gz|prod|https://example.com/"));
        Assert.That(switched.To, Is.EqualTo("1.2.3"));
    }

    [Test]
    public void SwitchAsync_NonZeroExit_FailsWithTheCommandsOutput()
    {
        using var folder = TempDirectory.Create("command");
        var target = Create(folder, "echo disk full >&2; exit 7");

        var error = Assert.ThrowsAsync<LiftoffException>(() => target.SwitchAsync(new PreparedRelease("1.0.0", "a.tar.gz", Marker())));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.CommandFailed));
        Assert.That(error.Message, Does.Contain("exited with code 7"));
        Assert.That(error.Message, Does.Contain("disk full"));
    }

    [Test]
    public void SwitchAsync_SlowCommand_IsKilledAtItsTimeout()
    {
        using var folder = TempDirectory.Create("command");
        var target = Create(folder, "sleep 30", TimeSpan.FromMilliseconds(300));

        var error = Assert.ThrowsAsync<LiftoffException>(() => target.SwitchAsync(new PreparedRelease("1.0.0", "a.tar.gz", Marker())));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.CommandTimedOut));
    }

    [Test]
    public void RollbackAsync_NoRollbackCommand_SaysWhichSettingIsMissing()
    {
        using var folder = TempDirectory.Create("command");
        var target = Create(folder, "true");

        var error = Assert.ThrowsAsync<LiftoffException>(() => target.RollbackAsync("1.0.0"));

        Assert.That(error!.Message, Does.Contain("environments.prod.target.settings.rollback"));
    }

    private static CommandTarget Create(TempDirectory folder, string deploy, TimeSpan? timeout = null) =>
        new(new CommandTargetOptions
        {
            Environment = "prod",
            Url = new Uri("https://example.com/"),
            Deploy = deploy,
            WorkingDirectory = folder.Path,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        }, TimeProvider.System);

    private static VersionMarker Marker() => new("site", "1.0.0", "abc", "site-1.0.0", "sha");
}
