using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Configuration;

[NonParallelizable] // one test sets a process environment variable
public sealed class CheckConfigTests
{
    private const string BrokenFile = """
        {
          "release": { "tagPrefx": "v" },
          "github": { "token": "ghp_0123456789abcdef", "required": "yes" },
          "gates": { "review": { "approvals": 99 } },
          "environments": {
            "staging": {},
            "production": { "promotesFrom": "stagign" }
          }
        }
        """;

    [Test]
    public async Task CheckConfig_BrokenFile_ExitsWithConfigurationInvalidAndListsEveryProblem()
    {
        using var harness = new HostHarness();
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), BrokenFile);

        var result = await harness.RunAsync(host => host.AddCheckConfig(), "--target=Check-Config");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF0200: The configuration is invalid (5 problems); nothing ran."));
        Assert.That(result.Output, Does.Contain("LIFTOFF0203 file liftoff.json:2: release.tagPrefx: unknown key 'tagPrefx'. Did you mean 'tagPrefix'?"));
        Assert.That(result.Output, Does.Contain("LIFTOFF0210 file liftoff.json:3: github.token = ***"));
        Assert.That(result.Output, Does.Contain("LIFTOFF0204 file liftoff.json:3: github.required = \"yes\": expected true or false."));
        Assert.That(result.Output, Does.Contain("LIFTOFF0205 file liftoff.json:4: gates.review.approvals = \"99\": expected a number from 0 to 20."));
        Assert.That(result.Output, Does.Contain("LIFTOFF0209 file liftoff.json:7: environments.production.promotesFrom = \"stagign\""));
        Assert.That(result.Output, Does.Not.Contain("ghp_0123456789abcdef"));
        Assert.That(result.LastLine, Does.StartWith("Liftoff: failed (exit code 3): LIFTOFF0200"));
    }

    [Test]
    public async Task RunAsync_BrokenFile_StopsBeforeTheFirstTask()
    {
        using var harness = new HostHarness();
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), """{ "locks": { "ttlMinutes": 0 } }""");

        var result = await harness.RunAsync(host => host.AddTask<Compile>(), "--target=Compile");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid), result.ToString());
        Assert.That(result.Ran, Is.Empty);
    }

    [TestCase("--tree")]
    [TestCase("--description")]
    [TestCase("--version")]
    public async Task RunAsync_ListingModes_DoNotNeedAValidConfiguration(string mode)
    {
        using var harness = new HostHarness();
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), BrokenFile);

        var result = await harness.RunAsync(host => host.AddTask<Compile>(), mode);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    [Test]
    public async Task CheckConfig_GoodFile_PrintsEachValueWithItsSource()
    {
        using var harness = new HostHarness();
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), """
            {
              "release": { "tagPrefix": "release-" },
              "environments": {
                "staging": { "url": "https://staging.example.com/" },
                "production": { "url": "https://example.com/", "promotesFrom": "staging", "protected": true }
              }
            }
            """);

        var result = await harness.RunAsync(
            host => host.AddCheckConfig().ConfigureOptions(options => options.Build.Output = "out"),
            "--target=Check-Config", "--locks.ttlMinutes=30");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(@"release\.tagPrefix\s+= release-  \(file liftoff\.json:2\)"));
        Assert.That(result.Output, Does.Match(@"release\.firstVersion\s+= 1\.0\.0  \(default\)"));
        Assert.That(result.Output, Does.Match(@"release\.branches\s+= \[main, master\]  \(default\)"));
        Assert.That(result.Output, Does.Match(@"environments\.production\.promotesFrom\s+= staging  \(file liftoff\.json:5\)"));
        Assert.That(result.Output, Does.Match(@"locks\.ttlMinutes\s+= 30  \(argument --locks\.ttlMinutes\)"));
        Assert.That(result.Output, Does.Match(@"build\.output\s+= out  \(code\)"));
        Assert.That(result.Output, Does.Not.Contain("environments.test."), "the file's environments replace the defaults");
        Assert.That(result.Output, Does.Contain("Configuration is valid."));
    }

    [Test]
    public async Task CheckConfig_SecretFromTheEnvironment_IsRedacted()
    {
        using var harness = new HostHarness();
        Environment.SetEnvironmentVariable("LIFTOFF_GITHUB__TOKEN", "ghp_0123456789abcdef");
        try
        {
            var result = await harness.RunAsync(host => host.AddCheckConfig(), "--target=Check-Config");

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Output, Does.Match(@"github\.token\s+= \*\*\*  \(env LIFTOFF_GITHUB__TOKEN\)"));
            Assert.That(result.Output, Does.Not.Contain("ghp_0123456789abcdef"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("LIFTOFF_GITHUB__TOKEN", null);
        }
    }

    [Test]
    public async Task RunAsync_Task_ReceivesTheLoadedOptions()
    {
        using var harness = new HostHarness();
        File.WriteAllText(Path.Combine(harness.WorkingDirectory, "liftoff.json"), """{ "release": { "tagPrefix": "rel-" } }""");

        var result = await harness.RunAsync(host => host.AddTask<ReadTagPrefix>(), "--target=Read-Tag-Prefix");

        Assert.That(result.Ran, Is.EqualTo(new[] { "tag prefix rel-" }), result.ToString());
    }

    [TaskName("Compile")]
    public sealed class Compile(ExecutionLog log) : RecordingTask(log);

    [TaskName("Read-Tag-Prefix")]
    public sealed class ReadTagPrefix(ExecutionLog log, LiftoffOptions options) : BuildTask
    {
        public override void Run(global::Cake.Core.ICakeContext context) => log.Add("tag prefix " + options.Release.TagPrefix);
    }
}
