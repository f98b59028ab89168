using Liftoff.GitHubActions;

namespace Liftoff.Core.Tests.GitHubActions;

public sealed class RunAnnotationsTests
{
    [Test]
    public void Commands_FailedGateAndRollback_AreErrors()
    {
        var commands = RunAnnotations.Commands(RunSamples.RolledBack());

        Assert.That(commands, Is.EqualTo(new[]
        {
            "::error title=Check-Security::1 high: GHSA-5crp-9r3c-p9vr in Newtonsoft.Json 12.0.1",
            "::error title=Rollback of production::production was rolled back from 2.0.0 to 1.0.0: GET /health: expected status 200",
        }));
    }

    [Test]
    public void Commands_WaivedGate_IsAWarning()
    {
        Assert.That(RunAnnotations.Commands(RunSamples.Succeeded()), Is.EqualTo(new[] { "::warning title=Check-Review::waived: hotfix: auth outage" }));
    }

    [Test]
    public void Outputs_SuccessAndRollback_SayWhatIsLive()
    {
        Assert.That(RunAnnotations.Outputs(RunSamples.Succeeded()), Is.EqualTo(new KeyValuePair<string, string>[]
        {
            new("version", "1.5.0"), new("environment-url", "https://site.example/"), new("deployed", "true"), new("rolled-back", "false"),
        }));
        Assert.That(RunAnnotations.Outputs(RunSamples.RolledBack()), Is.EqualTo(new KeyValuePair<string, string>[]
        {
            new("version", "2.0.0"), new("environment-url", "https://site.example/"), new("deployed", "false"), new("rolled-back", "true"),
        }));
    }
}
