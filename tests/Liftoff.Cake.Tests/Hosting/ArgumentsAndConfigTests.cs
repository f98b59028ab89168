using Cake.Common;
using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Hosting;

[NonParallelizable] // one test sets a process environment variable
public sealed class ArgumentsAndConfigTests
{
    [Test]
    public async Task RunAsync_NameValueArguments_AreReadableByTasks()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<ReadArguments>(), "--target=ReadArguments", "--channel=beta", "--count", "3");

        Assert.That(result.Ran, Is.EqualTo(new[] { "channel=beta", "count=3" }));
    }

    [Test]
    public async Task RunAsync_ArgumentMissing_FallsBackToLiftoffEnvironmentVariable()
    {
        using var harness = new HostHarness();
        Environment.SetEnvironmentVariable("LIFTOFF_CHANNEL", "from-env");
        try
        {
            var result = await harness.RunAsync(host => host.AddTask<ReadArguments>(), "--target=ReadArguments");

            Assert.That(result.Ran, Does.Contain("channel=from-env"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("LIFTOFF_CHANNEL", null);
        }
    }

    [Test]
    public async Task RunAsync_CakeConfigInWorkingDirectory_IsReadAsCakeReadsIt()
    {
        using var harness = new HostHarness();
        await File.WriteAllTextAsync(Path.Combine(harness.WorkingDirectory, "cake.config"), "[Liftoff]\nGreeting=hello from cake.config\n");

        var result = await harness.RunAsync(host => host.AddTask<ReadCakeConfig>(), "--target=ReadCakeConfig");

        Assert.That(result.Ran, Is.EqualTo(new[] { "hello from cake.config" }));
    }

    [Test]
    public async Task RunAsync_CakeConfigNoReportSetting_SuppressesTheReport()
    {
        using var harness = new HostHarness();
        await File.WriteAllTextAsync(Path.Combine(harness.WorkingDirectory, "cake.config"), "[Settings]\nNoReport=true\n");

        var result = await harness.RunAsync(host => host.AddTask<ReadCakeConfig>(), "--target=ReadCakeConfig");

        Assert.That(result.Output, Does.Not.Contain("Duration"));
    }

    [Test]
    public async Task RunAsync_WorkingArgument_RunsAgainstThatDirectory()
    {
        using var harness = new HostHarness();
        var other = Directory.CreateDirectory(Path.Combine(harness.WorkingDirectory, "other")).FullName;
        await File.WriteAllTextAsync(Path.Combine(other, "cake.config"), "[Liftoff]\nGreeting=from other\n");

        var result = await harness.RunAsync(host => host.AddTask<ReadCakeConfig>(), "--target=ReadCakeConfig", $"--working={other}");

        Assert.That(result.Ran, Is.EqualTo(new[] { "from other" }));
    }

    [Test]
    public async Task RunAsync_WorkingDirectoryMissing_ExitsWithBadInputNamingIt()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<ReadCakeConfig>(), "--working=/no/such/dir");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Output, Does.Contain("LIFTOFF0003: The working directory '/no/such/dir' (--working) does not exist."));
    }

    [Test]
    public async Task RunAsync_MalformedArgument_ExitsWithBadInput()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.AddTask<ReadCakeConfig>(), "stray");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Output, Does.Contain("LIFTOFF0002: Bad argument 'stray'"));
    }

    public sealed class ReadArguments(ExecutionLog log) : BuildTask
    {
        public override void Run(ICakeContext context)
        {
            log.Add("channel=" + context.Argument("channel", "none"));
            if (context.HasArgument("count"))
            {
                log.Add("count=" + context.Argument<int>("count"));
            }
        }
    }

    public sealed class ReadCakeConfig(ExecutionLog log) : BuildTask
    {
        public override void Run(ICakeContext context) => log.Add(context.Configuration.GetValue("Liftoff_Greeting") ?? "none");
    }
}
