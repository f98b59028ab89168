namespace Liftoff.Cake.Tests.Environments;

[Category("Slow")]
public sealed class PreSwitchCheckTests : EnvironmentFixture
{
    [Test]
    public async Task DeployProduction_CheckRefusesTheNewRelease_TheServedReleaseStaysAsItWas()
    {
        WriteConfig(null, $$"""{ "type": "releasesDirectory", "settings": { "root": "{{Root("production")}}", "check": "grep -q 'site 1' {release}/index.html" } }""");
        string[] waive = ["--yes", "--skip-promotion-check", "--reason=check test"];

        var first = await DeployAsync("production", "1.0.0", waive);
        var refused = await DeployAsync("production", "2.0.0", waive);

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Output, Does.Contain("the check 'grep -q 'site 1' {release}/index.html' exited with code 1"));
        var served = await File.ReadAllTextAsync(Path.Combine(Root("production"), "current", "index.html"));
        Assert.That(served, Does.Contain("site 1.0.0"));
    }
}
