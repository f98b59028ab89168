using System.Text.Json;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Processes;

namespace Liftoff.EndToEnd.Demo;

/// <summary>
/// <c>./build.sh --target=Demo</c>, run as a user runs it (in a process, packing Liftoff first), with the five
/// scenarios asserted from the ledger the demo's deploys wrote into the sandbox's origin (read with git, see
/// <see cref="LedgerEntry"/>). The whole demo runs once
/// for all the tests here: several minutes on a busy machine, which is why it is one fixture. It packs for itself, as
/// the Demo target does, so it lives outside the namespace whose set-up fixture packs for the other end-to-end tests.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class DemoTests
{
    private TempDirectory _folder = null!;
    private ProcessResult _demo = null!;
    private IReadOnlyList<LedgerEntry> _ledger = [];

    private string Sandbox => _folder.Combine("sandbox");

    private string Origin => Path.Combine(Sandbox, "origin.git");

    [OneTimeSetUp]
    public async Task RunTheDemoAsync()
    {
        // World-readable: nginx's workers (www-data when the tests run as root) must reach the sandbox through it.
        _folder = TempDirectory.Create("demo", worldReadable: true);
        _demo = await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ["--target=Demo", $"--sandbox={Sandbox}", $"--packages={_folder.Combine("packages")}"],
            RepositoryRoot.Path,
            new Dictionary<string, string?> { ["MSBuildSDKsPath"] = null, ["MSBuildExtensionsPath"] = null, ["MSBUILD_EXE_PATH"] = null },
            TimeSpan.FromMinutes(40));
        TestContext.Progress.WriteLine($"Demo: exit code {_demo.ExitCode} in {_demo.Duration.TotalSeconds:0} s");
        if (Directory.Exists(Origin))
        {
            _ledger = await LedgerEntry.ReadAsync(Origin);
        }
    }

    [OneTimeTearDown]
    public void Delete() => _folder?.Dispose();

    [Test]
    public async Task Demo_RunAsAUserWould_ExitsZeroAndStopsNginx()
    {
        Assert.That(_demo.ExitCode, Is.Zero, _demo.ToString());
        using var description = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sandbox, "demo.json")));
        Assert.That(description.RootElement.GetProperty("nginx").GetString(), Is.EqualTo("stopped"));
        var urls = description.RootElement.GetProperty("urls").EnumerateObject()
            .Concat(description.RootElement.GetProperty("slots").EnumerateObject())
            .ToDictionary(entry => entry.Name, entry => new Uri(entry.Value.GetString()!));
        Assert.That(urls.Keys, Is.EquivalentTo(new[] { "test", "staging", "production", "service", "blue", "green" }));
        foreach (var (name, url) in urls)
        {
            Assert.That(await FreePort.IsListeningAsync(url.Port), Is.False, $"nothing is left listening on {url} ({name})");
        }
    }

    [Test]
    public void Ledger_Production_ShowsTheFourScenariosInOrder()
    {
        Assert.That(History("production"), Is.EqualTo(new[]
        {
            ("validated", "1.1.1"), ("deployed", "1.1.1"),                          // hotfix
            ("rolled-back", "1.1.0"), ("failed", "1.2.0"), ("deployed", "1.2.0"),   // with rollback
            ("validated", "1.1.0"), ("deployed", "1.1.0"),                          // standard
            ("validated", "1.0.0"), ("deployed", "1.0.0"),                          // staged
        }), _demo.ToString());
        Assert.That(History("test"), Is.EqualTo(History("staging")), "staging took exactly what test validated");
    }

    [TestCase("1.0.0")]
    [TestCase("1.1.0")]
    [TestCase("1.1.1")]
    public void StagedStandardAndHotfix_OneArchiveValidatedInEveryEnvironment(string version)
    {
        var validated = new[] { "test", "staging", "production" }
            .Select(environment => In(environment).Single(r => r.Outcome == "validated" && r.Version == version))
            .ToList();

        Assert.That(validated.Select(record => record.ArtifactSha256).Distinct().Count(), Is.EqualTo(1), "the same archive, by sha256");
        Assert.That(validated[0].ArtifactSha256, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void WithRollback_SignInFailsInProduction_RolledBackTo110AndVerified()
    {
        var production = In("production");
        var deployed = production.Single(r => r.Outcome == "deployed" && r.Version == "1.2.0");
        var failed = production.Single(r => r.Outcome == "failed");
        var rolledBack = production.Single(r => r.Outcome == "rolled-back");

        Assert.That(failed.Findings, Has.Some.Contains("/api/me/"), "the sign-in critical path is what failed");
        Assert.That((rolledBack.RolledBackFrom, rolledBack.RolledBackTo), Is.EqualTo(("1.2.0", "1.1.0")));
        Assert.That(rolledBack.Measurements!["rollback.verified"], Is.EqualTo(1));
        Assert.That(rolledBack.Measurements, Does.ContainKey("recoverySeconds"));
        Assert.That(deployed.Waivers!.Select(waiver => waiver.Check), Is.EqualTo(new[] { "promotion" }), "staging was skipped on purpose, and recorded");
        Assert.That(In("staging").Select(r => r.Version), Has.None.EqualTo("1.2.0"));
    }

    [Test]
    public async Task Hotfix_PatchFromTheProductionTag_ReviewWaivedWithAReason_TestsStillRan()
    {
        var built = In("test").Single(r => r.Outcome == "deployed" && r.Version == "1.1.1");

        Assert.That(built.Waivers!.Single().Check, Is.EqualTo("Check-Review"));
        Assert.That(built.Waivers!.Single().Reason, Does.StartWith("hotfix: ").And.Length.GreaterThan("hotfix: ".Length + 10));
        Assert.That(built.Gates!.Single(gate => gate.Gate == "Check-Tests").Verdict, Is.EqualTo("pass"));
        Assert.That(built.Gates!.Single(gate => gate.Gate == "Check-Review").Verdict, Is.EqualTo("waived"));
        Assert.That(await IsAncestorAsync("v1.1.0", built.Commit!), Is.True, "cut at the production tag");
        Assert.That(await IsAncestorAsync("v1.2.0", built.Commit!), Is.False, "without the rolled-back release");
    }

    [Test]
    public void Canary_ServiceVersionFailingOrders_AbortedAutomaticallyWithItsValuesInTheLedger()
    {
        var service = In("service");
        var aborted = service.Single(r => r.Outcome == "failed");
        var traffic = aborted.Traffic!;
        var abort = traffic.Single(step => step.Action == "abort");

        Assert.That(History("service"), Is.EqualTo(new[] { ("failed", "1.3.0"), ("validated", "1.1.1"), ("deployed", "1.1.1") }), _demo.ToString());
        Assert.That(service.Single(r => r.Outcome == "validated").ArtifactSha256,
            Is.EqualTo(In("production").First(r => r.Outcome == "validated").ArtifactSha256), "the archive production runs");
        Assert.That(traffic.Select(step => step.Action), Is.EqualTo(new[] { "weights", "analysis", "abort" }), "aborted at the first step");
        Assert.That(traffic[0].Weights!.Single(weight => weight.Version == "1.3.0").Percent, Is.EqualTo(10));
        Assert.That(traffic[1].Verdict, Is.EqualTo("fail"));
        Assert.That(abort.Weights!.Select(weight => (weight.Version, weight.Percent)), Is.EquivalentTo(new[] { ("1.1.1", 100), ("1.3.0", 0) }));
        Assert.That(aborted.Measurements!["canary.error rate.percent"], Is.GreaterThan(5), "the faults.json share of orders failed");
        Assert.That(aborted.Measurements["stable.error rate.percent"], Is.Zero);
        Assert.That(aborted.Findings, Has.Some.Contains("LIFTOFF1907"));
    }

    private List<LedgerEntry> In(string environment) => [.. _ledger.Where(record => record.Environment == environment)];

    private List<(string, string)> History(string environment) => [.. In(environment).Select(record => (record.Outcome, record.Version))];

    private async Task<bool> IsAncestorAsync(string ancestor, string commit) =>
        (await ProcessRunner.RunAsync("git", ["--git-dir", Origin, "merge-base", "--is-ancestor", ancestor, commit])).ExitCode == 0;
}
