using Liftoff.Configuration;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class CommandCheckTests
{
    private ValidationFixture _fixture = null!;

    [SetUp]
    public async Task StartAsync() => _fixture = await ValidationFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _fixture.DisposeAsync();

    [Test]
    [Platform(Exclude = "Win")]
    public async Task Command_ExitZeroWithUrl_Passes()
    {
        var url = _fixture.App.BaseUri.AbsoluteUri.TrimEnd('/');
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Commands.Add(
            new CommandCheckOptions { Name = "e2e", Command = $"test \"{{url}}\" = \"{url}\"" })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Pass), check.ToString());
        Assert.That(check.Measured, Does.StartWith("exit 0 in "));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task Command_NonZeroExit_FailsWithItsOutput()
    {
        var check = await _fixture.RunOneAsync(ValidationFixture.Options(o => o.Commands.Add(
            new CommandCheckOptions { Command = "echo 'login flow broken' >&2; exit 3" })));

        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Fail));
        Assert.That(check.Measured, Does.StartWith("exit 3 in "));
        Assert.That(check.Reason, Is.EqualTo("login flow broken"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task Command_OverItsTimeout_IsStoppedAndCountsAsAFail()
    {
        var report = await _fixture.RunAsync(ValidationFixture.Options(o => o.Commands.Add(
            new CommandCheckOptions { Command = "sleep 10", TimeoutSeconds = 0.3 })));

        var check = report.Rounds.Single().Checks.Single();
        Assert.That(check.Verdict, Is.EqualTo(ValidationVerdict.Inconclusive), "nothing was measured");
        Assert.That(check.Reason, Is.EqualTo("timed out after 300 ms"));
        Assert.That(report.Verdict, Is.EqualTo(ValidationVerdict.Fail));
    }
}
