namespace Liftoff.Cake.Tests.Environments.Slots;

/// <summary>An nginxSlots target's settings are checked before anything is locked, started or written.</summary>
public sealed class SlotsSettingsTests : EnvironmentFixture
{
    [Test]
    public async Task DeployProduction_BadSlotsSettings_ListsEveryProblemAndTouchesNothing()
    {
        WriteConfig(null, """
            { "type": "nginxSlots", "settings": {
                "upstreamFile": "nginx/service.conf", "bluePort": "5001", "greenPort": "five", "strategy": "rainbow",
                "canarySteps": "50,10", "drainSecs": "3" } }
            """);

        var result = await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check", "--reason=bad settings");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0520: the nginxSlots target of environment 'production' is misconfigured")
            .And.Contain("environments.production.target.settings.drainSecs is not a setting of an nginxSlots target")
            .And.Contain("environments.production.target.settings.greenPort is 'five'; expected a number")
            .And.Contain("environments.production.target.settings.strategy is 'rainbow'; expected blueGreen or canary")
            .And.Contain("environments.production.target.settings.start is missing"));
        Assert.That(File.Exists(Path.Combine(Sandbox.Path, "nginx", "service.conf")), Is.False);
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks"));
    }

    [Test]
    public async Task DeployProduction_SlotsSettingsFineButInconsistent_ReportsTheTargetsOwnCheck()
    {
        WriteConfig(null, """
            { "type": "nginxSlots", "settings": {
                "upstreamFile": "nginx/service.conf", "bluePort": "5001", "greenPort": "5001", "start": "run {port}", "canarySteps": "50,10" } }
            """);

        var result = await DeployAsync("production", "1.0.0", "--yes", "--skip-promotion-check", "--reason=bad settings");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Output, Does.Contain("bluePort and greenPort are both 5001").And.Contain("canarySteps is '50,10'"));
    }
}
