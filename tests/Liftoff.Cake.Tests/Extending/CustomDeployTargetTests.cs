using Liftoff.Cake.Deploy;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Environments;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Extending;

public sealed class CustomDeployTargetTests : EnvironmentFixture
{
    [Test]
    public async Task DeployTest_CustomTargetRegisteredThroughDependencyInjection_IsDrivenAndRecorded()
    {
        WriteCustomConfig("folder");

        var result = await RunWithAsync(services => services.AddDeployTarget<FolderTarget>("folder"),
            "--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.ReadAllText(Folder.Combine("custom", "1.0.0", "index.html")), Does.Contain("site 1.0.0"));
        Assert.That(File.ReadAllText(Folder.Combine("custom", "served.txt")), Is.EqualTo("1.0.0"));
        Assert.That(result.Output, Does.Contain("test ← site-1.0.0").And.Contain("from nothing to 1.0.0"));
        Assert.That(OriginRefs(), Does.Contain("refs/liftoff/ledger"), "the deploy is in the ledger like any other");
    }

    [Test]
    public async Task DeployTest_KindNotRegistered_FailsNamingTheKindAndTheRegisteredOnesBeforeAnythingIsTouched()
    {
        WriteCustomConfig("s3");

        var result = await RunWithAsync(services => services.AddDeployTarget<FolderTarget>("folder"),
            "--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1602: environments.test.target.kind is 's3', which no AddDeployTarget registered (registered: folder)"));
        Assert.That(Directory.Exists(Folder.Combine("custom")), Is.False);
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/"), "no lock, no ledger record");
    }

    [Test]
    public async Task DeployTest_CustomTargetMissingItsSetting_FailsNamingTheKey()
    {
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"),
            """{ "environments": { "test": { "target": { "type": "custom", "kind": "folder" } } } }""");

        var result = await RunWithAsync(services => services.AddDeployTarget<FolderTarget>("folder"),
            "--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid), result.ToString());
        Assert.That(result.Output, Does.Contain("environments.test.target.settings.root is missing; the folder target expects a folder"));
    }

    private void WriteCustomConfig(string kind) =>
        File.WriteAllText(Path.Combine(Sandbox.Path, "liftoff.json"), $$"""
            {
              "environments": {
                "test": { "target": { "type": "custom", "kind": "{{kind}}", "settings": { "root": "{{Folder.Combine("custom")}}" } } }
              }
            }
            """);
}
