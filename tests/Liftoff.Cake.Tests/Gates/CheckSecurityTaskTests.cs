using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.Gates.Security;
using Liftoff.Gates.Tests;
using Liftoff.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Gates;

public sealed class CheckSecurityTaskTests
{
    [Test]
    public async Task CheckSecurity_SourceWithoutVulnerabilityData_FailsSafe()
    {
        using var repository = TempDirectory.Create("security");
        repository.WriteFile("App.slnx", "<Solution />");

        var result = await RunAsync(repository, new Replay("dotnet-vulnerable.live-no-data.json"), "--target=Check-Security");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Security failed: 0 ≥ high, 0 below, 0 allowed: no advisory data"));
    }

    [Test]
    public async Task CheckSecurity_ExpiredAllowlistEntryFromArguments_Fails()
    {
        using var repository = TempDirectory.Create("security");
        repository.WriteFile("App.slnx", "<Solution />");

        var result = await RunAsync(repository, new Replay("dotnet-vulnerable.findings.json") { HasData = true },
            "--target=Check-Security", "--gates.security.allowlist:0:id=GHSA-5crp-9r3c-p9vr", "--gates.security.allowlist:0:expires=2020-01-31",
            "--gates.security.allowlist:0:reason=waiting for 13.0.1");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("allowlist entry GHSA-5crp-9r3c-p9vr expired on 2020-01-31 (waiting for 13.0.1)"));
    }

    [Test]
    public async Task CheckSecurity_MissingDataAllowedAndClean_Passes()
    {
        using var repository = TempDirectory.Create("security");
        repository.WriteFile("App.slnx", "<Solution />");

        var result = await RunAsync(repository, new Replay("dotnet-vulnerable.live-no-data.json"),
            "--target=Check-Security", "--gates.security.allowMissingAdvisoryData=true");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Check-Security: Pass · 0 ≥ high, 0 below, 0 allowed · audited App.slnx"));
    }

    [Test]
    public async Task CheckSecurity_Disabled_IsSkipped()
    {
        using var repository = TempDirectory.Create("security");

        var result = await RunAsync(repository, new Replay("dotnet-vulnerable.live-no-data.json"), "--target=Check-Security", "--gates.security.enabled=false");

        Assert.That(result.Output, Does.Contain("Check-Security: Skipped · - · gates.security.enabled is false"));
    }

    private static async Task<HostResult> RunAsync(TempDirectory repository, Replay replay, params string[] args)
    {
        using var harness = new HostHarness();
        return await harness.RunAsync(
            host => host
                .ConfigureServices(services => services.AddSingleton(new SecurityAuditTools { Runner = replay, Probe = replay }))
                .UseLiftoffPipeline(),
            [$"--working={repository.Path}", .. args]);
    }

    /// <summary>Answers every dotnet command with one recorded report.</summary>
    private sealed class Replay(string fixture) : IAuditToolRunner, IAdvisoryDataProbe
    {
        public bool HasData { get; init; }

        public Task<GateProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken) =>
            Task.FromResult(new GateProcessResult(0, File.ReadAllText(CheckTestsTaskTests.Fixture("Security", fixture)), ""));

        public Task<string?> MissingVulnerabilityDataAsync(string source, CancellationToken cancellationToken) =>
            Task.FromResult(HasData ? null : $"{source} has no VulnerabilityInfo resource");
    }
}
