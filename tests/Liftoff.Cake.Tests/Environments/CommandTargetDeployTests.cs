namespace Liftoff.Cake.Tests.Environments;

[Category("Slow")]
public sealed class CommandTargetDeployTests : EnvironmentFixture
{
    [Test]
    public async Task DeployAndRollbackProduction_CommandTarget_RunsTheCommandsAndAFailingOneFailsTheDeploy()
    {
        var log = Folder.Combine("deploys.log");
        var failFlag = Folder.Combine("fail");
        WriteConfig(null, $$"""
            { "type": "command", "settings": {
                "deploy": "test -e {{failFlag}} && { echo boom from deploy; exit 3; }; echo deploy {version} {environment} >> {{log}}; echo {version} > {{Folder.Combine("served")}}",
                "rollback": "echo rollback {version} >> {{log}}; echo {version} > {{Folder.Combine("served")}}",
                "status": "cat {{Folder.Combine("served")}} 2>/dev/null || true",
                "timeoutSeconds": "30" } }
            """);
        string[] waive = ["--yes", "--skip-promotion-check", "--reason=command target"];

        Assert.That((await DeployAsync("production", "1.0.0", waive)).ExitCode, Is.Zero);
        Assert.That((await DeployAsync("production", "2.0.0", waive)).ExitCode, Is.Zero);
        File.WriteAllText(failFlag, "");
        var failed = await DeployAsync("production", "3.0.0", waive);
        File.Delete(failFlag);
        var rollback = await RunAsync("--target=Rollback-Production", "--to=1.0.0");

        Assert.That(failed.ExitCode, Is.EqualTo(1), failed.ToString());
        Assert.That(failed.Output, Does.Contain("LIFTOFF0524: the deploy command of production exited with code 3"));
        Assert.That(failed.Output, Does.Contain("boom from deploy"));
        Assert.That(rollback.ExitCode, Is.Zero, rollback.ToString());
        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[] { "deploy 1.0.0 production", "deploy 2.0.0 production", "rollback 1.0.0" }));
        var ledger = await RunAsync("--target=Ledger");
        Assert.That(ledger.Output, Does.Contain("failed"));
    }
}
