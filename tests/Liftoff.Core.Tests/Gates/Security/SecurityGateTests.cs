using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.Gates.Security;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Security;

public sealed class SecurityGateTests
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    private TempDirectory _working = null!;
    private RecordedTools _tools = null!;

    [SetUp]
    public void CreateRepository()
    {
        _working = TempDirectory.Create("security");
        _tools = new RecordedTools();
    }

    [TearDown]
    public void DisposeRepository() => _working.Dispose();

    [Test]
    public async Task Evaluate_SourceWithoutVulnerabilityData_FailsSafeAlthoughTheToolSaysClean()
    {
        _working.WriteFile("App.slnx", "<Solution />");
        _tools.Answer("--vulnerable", "dotnet-vulnerable.live-no-data.json");

        var result = await EvaluateAsync(new SecurityGateOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.StartWith("no advisory data, so a clean result would prove nothing: " + NuGetOrg + " has no VulnerabilityInfo"));
        Assert.That(_tools.Commands, Is.EqualTo(new[] { $"dotnet list {_working.Combine("App.slnx")} package --vulnerable --include-transitive --format json" }));
    }

    [Test]
    public async Task Evaluate_MissingDataAllowed_PassesSayingSo()
    {
        _working.WriteFile("App.sln", "");
        _tools.Answer("--vulnerable", "dotnet-vulnerable.live-no-data.json");

        var result = await EvaluateAsync(new SecurityGateOptions { AllowMissingAdvisoryData = true });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("0 ≥ high, 0 below, 0 allowed"));
        Assert.That(result.Reason, Does.Contain("missing advisory data allowed by gates.security.allowMissingAdvisoryData"));
    }

    [Test]
    public async Task Evaluate_HighFindingFromDotnet_FailsNamingIt()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.findings.json");

        var result = await EvaluateAsync(new SecurityGateOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("1 ≥ high, 1 below, 0 allowed"));
        Assert.That(result.Reason, Is.EqualTo("1 advisory finding(s) at or above high: Newtonsoft.Json 12.0.1 GHSA-5crp-9r3c-p9vr (high)"));
    }

    [Test]
    public async Task Evaluate_FindingsBelowTheThreshold_Pass()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.findings.json");

        var result = await EvaluateAsync(new SecurityGateOptions { Threshold = Severity.Critical });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("0 ≥ critical, 2 below, 0 allowed"));
    }

    [Test]
    public async Task Evaluate_ModerateThreshold_FailsOnBoth()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.findings.json");

        var result = await EvaluateAsync(new SecurityGateOptions { Threshold = Severity.Moderate });

        Assert.That(result.Measured, Is.EqualTo("2 ≥ moderate, 0 below, 0 allowed"));
    }

    [Test]
    public async Task Evaluate_AllowlistedUntilTomorrow_Passes()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.findings.json");

        var result = await EvaluateAsync(new SecurityGateOptions { Allowlist = [Entry("ghsa-5crp-9r3c-p9vr", "2026-03-15")] });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Measured, Is.EqualTo("0 ≥ high, 1 below, 1 allowed"));
        Assert.That(result.Values["allowed"], Is.EqualTo("Newtonsoft.Json 12.0.1 GHSA-5crp-9r3c-p9vr (high)"));
    }

    [Test]
    public async Task Evaluate_ExpiredAllowlistEntry_FailsEvenWhenNothingMatchesIt()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.live-no-data.json");

        var result = await EvaluateAsync(new SecurityGateOptions { Allowlist = [Entry("GHSA-5crp-9r3c-p9vr", "2026-03-13")] });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Is.EqualTo(
            "allowlist entry GHSA-5crp-9r3c-p9vr expired on 2026-03-13 (no fix upstream yet); fix the advisory or renew the entry with a reason"));
    }

    [TestCase("14/03/2026", "expected a yyyy-MM-dd date")]
    [TestCase("2026-12-31", "has no reason")]
    public async Task Evaluate_MalformedAllowlistEntry_Fails(string expires, string expected)
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.SourcesWithData.Add(NuGetOrg);
        _tools.Answer("--vulnerable", "dotnet-vulnerable.live-no-data.json");
        var entry = Entry("GHSA-1", expires);
        entry.Reason = expected == "has no reason" ? " " : entry.Reason;

        var result = await EvaluateAsync(new SecurityGateOptions { Allowlist = [entry] });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain(expected));
    }

    [Test]
    public async Task Evaluate_OfflineOsvFileAgainstResolvedPackages_FindsTheRealNewtonsoftAdvisory()
    {
        _working.WriteFile("App.slnx", "<Solution />");
        File.Copy(SecurityFixtures.Path("osv-advisories.json"), _working.Combine("advisories.json"));
        _tools.Answer("--vulnerable", "dotnet-vulnerable.live-no-data.json").Answer("dotnet list", "dotnet-resolved.live.json");

        var result = await EvaluateAsync(new SecurityGateOptions { AdvisoryFile = "advisories.json", AllowMissingAdvisoryData = true });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.StartWith("1 advisory finding(s) at or above high: Newtonsoft.Json 12.0.1 GHSA-5crp-9r3c-p9vr (high)"));
        Assert.That(result.Values["advisoryFileEntries"], Is.EqualTo("3"));
        Assert.That(_tools.Commands[1], Does.EndWith("App.slnx package --include-transitive --format json"));
    }

    [Test]
    public async Task Evaluate_NpmAudit405_FailsWithTheReason()
    {
        File.Copy(SecurityFixtures.Path("package-lock.live.json"), _working.Combine("package-lock.json"));
        _tools.Answer("npm audit", "npm-audit.live-405.json", exitCode: 1);

        var result = await EvaluateAsync(new SecurityGateOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("npm audit could not reach its advisory data: 405 Method Not Allowed"));
    }

    [Test]
    public async Task Evaluate_NpmFindingsAndOsvForTheLockFile_CountedOnce()
    {
        File.Copy(SecurityFixtures.Path("package-lock.live.json"), _working.Combine("package-lock.json"));
        File.Copy(SecurityFixtures.Path("osv-advisories.json"), _working.Combine("osv.json"));
        _tools.Answer("npm audit", "npm-audit.findings.json", exitCode: 1);

        var result = await EvaluateAsync(new SecurityGateOptions { AdvisoryFile = "osv.json", Threshold = Severity.Low });

        Assert.That(result.Measured, Is.EqualTo("2 ≥ low, 0 below, 0 allowed"));
        Assert.That(result.Values["findings"], Does.StartWith("lodash 4.17.20 GHSA-35jh-r3h4-6jhm (high)\nlodash 4.17.20 GHSA-29mw-wpgm-hmr9 (moderate)"));
    }

    [Test]
    public async Task Evaluate_NpmClean_Passes()
    {
        File.Copy(SecurityFixtures.Path("package-lock.live.json"), _working.Combine("package-lock.json"));
        _tools.Answer("npm audit", "npm-audit.clean.json");

        var result = await EvaluateAsync(new SecurityGateOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.ToString());
        Assert.That(result.Reason, Is.EqualTo("audited package-lock.json"));
    }

    [Test]
    public async Task Evaluate_DotnetFailsWithPlainText_FailsWithTheToolsMessage()
    {
        _working.WriteFile("App.sln", "");
        _tools.AnswerText("--vulnerable", "", exitCode: 1, error: "Could not find file or directory 'App.sln'.");

        var result = await EvaluateAsync(new SecurityGateOptions { AllowMissingAdvisoryData = true });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.StartWith("'dotnet list App.sln package --vulnerable --include-transitive --format json' exited 1")
            .And.Contain("Could not find file or directory"));
    }

    [Test]
    public async Task Evaluate_DotnetProblems_Fail()
    {
        _working.WriteFile("App.csproj", "<Project />");
        _tools.Answer("--vulnerable", "dotnet-list.problems.json", exitCode: 1);

        var result = await EvaluateAsync(new SecurityGateOptions { AllowMissingAdvisoryData = true });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("No assets file was found"));
    }

    [Test]
    public async Task Evaluate_NothingToAudit_IsSkippedWithTheReason()
    {
        var result = await EvaluateAsync(new SecurityGateOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Skipped));
        Assert.That(result.Reason, Does.StartWith("nothing to audit: no .sln, .slnx, project file or package-lock.json"));
    }

    [Test]
    public async Task Evaluate_Disabled_IsSkippedWithTheSetting()
    {
        _working.WriteFile("App.sln", "");

        var result = await EvaluateAsync(new SecurityGateOptions { Enabled = false });

        Assert.That((result.Verdict, result.Reason), Is.EqualTo((Verdict.Skipped, "gates.security.enabled is false")));
        Assert.That(_tools.Commands, Is.Empty);
    }

    private static AllowlistEntry Entry(string id, string expires) => new() { Id = id, Expires = expires, Reason = "no fix upstream yet" };

    private Task<GateResult> EvaluateAsync(SecurityGateOptions options)
    {
        var today = new FixedTime(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero));
        return new SecurityGate(options, _tools.Tools, today).EvaluateAsync(_working.Path);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
