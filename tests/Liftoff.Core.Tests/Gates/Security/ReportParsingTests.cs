using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Gates.Security;

namespace Liftoff.Core.Tests.Gates.Security;

public sealed class ReportParsingTests
{
    [Test]
    public void Dotnet_LiveOutputFromASourceWithoutData_HasTheSourceAndNoFindings()
    {
        var report = DotnetPackageReport.Parse(SecurityFixtures.Read("dotnet-vulnerable.live-no-data.json"));

        Assert.That(report.Sources, Is.EqualTo(new[] { "https://api.nuget.org/v3/index.json" }));
        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.Problems, Is.Empty);
    }

    [Test]
    public void Dotnet_Findings_ReadsTopLevelAndTransitiveWithTheAdvisoryId()
    {
        var report = DotnetPackageReport.Parse(SecurityFixtures.Read("dotnet-vulnerable.findings.json"));

        Assert.That(report.Findings, Is.EqualTo(new[]
        {
            new SecurityFinding("GHSA-5crp-9r3c-p9vr", "Newtonsoft.Json", "12.0.1", Severity.High, "dotnet"),
            new SecurityFinding("GHSA-cmhx-cq75-c4mj", "System.Text.RegularExpressions", "4.3.0", Severity.Moderate, "dotnet"),
        }));
    }

    [Test]
    public void Dotnet_LiveResolvedList_ListsThePackages()
    {
        var report = DotnetPackageReport.Parse(SecurityFixtures.Read("dotnet-resolved.live.json"));

        Assert.That(report.Packages, Is.EqualTo(new[] { new ResolvedPackage("NuGet", "Newtonsoft.Json", "12.0.1") }));
    }

    [Test]
    public void Dotnet_Problems_AreKeptAsErrors()
    {
        var report = DotnetPackageReport.Parse(SecurityFixtures.Read("dotnet-list.problems.json"));

        Assert.That(report.Problems.Single(), Does.StartWith("error: No assets file was found"));
    }

    [Test]
    public void Dotnet_PlainTextError_ThrowsRatherThanReadingItAsClean()
    {
        var error = Assert.Throws<LiftoffException>(() => DotnetPackageReport.Parse("Could not find file or directory '/src/nope.slnx'."));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.AuditOutputUnreadable));
    }

    [Test]
    public void Npm_LiveAuditEndpoint405_IsAnErrorNotAClean()
    {
        var report = NpmAuditReport.Parse(SecurityFixtures.Read("npm-audit.live-405.json"));

        Assert.That(report.Error, Is.EqualTo("405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk"));
        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Npm_Findings_OnePerAdvisoryNotPerDependentPackage()
    {
        var report = NpmAuditReport.Parse(SecurityFixtures.Read("npm-audit.findings.json"));

        Assert.That(report.Error, Is.Null);
        Assert.That(report.Findings.Select(finding => (finding.Id, finding.Package, finding.Severity)), Is.EqualTo(new[]
        {
            ("GHSA-35jh-r3h4-6jhm", "lodash", (Severity?)Severity.High),
            ("GHSA-29mw-wpgm-hmr9", "lodash", Severity.Moderate),
        }));
    }

    [Test]
    public void Npm_Clean_HasNoFindingsAndNoError()
    {
        var report = NpmAuditReport.Parse(SecurityFixtures.Read("npm-audit.clean.json"));

        Assert.That((report.Findings.Count, report.Error), Is.EqualTo((0, (string?)null)));
    }

    [Test]
    public void PackageLock_LiveVersion3_ListsInstalledPackagesNotTheProject()
    {
        var packages = PackageLock.Read(SecurityFixtures.Path("package-lock.live.json"));

        Assert.That(packages, Is.EqualTo(new[] { new ResolvedPackage("npm", "lodash", "4.17.20") }));
    }

    [Test]
    public void Osv_MatchesByEcosystemNameAndRange()
    {
        var advisories = OsvAdvisories.Load(SecurityFixtures.Path("osv-advisories.json"));

        var findings = advisories.Match(
        [
            new ResolvedPackage("NuGet", "newtonsoft.json", "12.0.1"),
            new ResolvedPackage("NuGet", "Newtonsoft.Json", "13.0.1"),
            new ResolvedPackage("npm", "Newtonsoft.Json", "12.0.1"),
            new ResolvedPackage("npm", "lodash", "3.10.1"),
        ]);

        Assert.That(findings.Select(finding => $"{finding.Id} {finding.Package} {finding.Version} {finding.Severity}"), Is.EqualTo(new[]
        {
            "GHSA-5crp-9r3c-p9vr newtonsoft.json 12.0.1 High",
            "GHSA-35jh-r3h4-6jhm lodash 3.10.1 High",
        }));
    }

    [TestCase("[]", 0)]
    [TestCase("""{"id":"GHSA-x","affected":[]}""", 1)]
    public void Osv_ArrayOrSingleAdvisory_IsRead(string json, int count) =>
        Assert.That(OsvAdvisories.Parse(json).Count, Is.EqualTo(count));

    [Test]
    public void Osv_ExplicitVersionsAndLastAffected_AreHonoured()
    {
        var advisories = OsvAdvisories.Parse("""
            [{"id":"X-1","affected":[{"package":{"ecosystem":"NuGet","name":"A"},"versions":["2.0.0"],
              "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"1.0.0"},{"last_affected":"1.2.0"}]}]}]}]
            """);

        var affected = new[] { "0.9.0", "1.0.0", "1.2.0", "1.2.1", "2.0.0" }
            .Where(version => advisories.Match([new ResolvedPackage("NuGet", "A", version)]).Count > 0);

        Assert.That(affected, Is.EqualTo(new[] { "1.0.0", "1.2.0", "2.0.0" }));
    }

    [Test]
    public void Osv_NotOsv_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<LiftoffException>(() => OsvAdvisories.Load(SecurityFixtures.Path("npm-audit.clean.json")));

        Assert.That(error!.Message, Does.Contain("gates.security.advisoryFile"));
    }

    [TestCase("13.0.1", "12.0.1", 1)]
    [TestCase("4.3.0", "4.3.0.1", -1)]
    [TestCase("1.0.0-beta.2", "1.0.0-beta.10", -1)]
    [TestCase("1.0.0-rc.1", "1.0.0", -1)]
    [TestCase("1.0", "1.0.0", 0)]
    [TestCase("2.0.0+build", "2.0.0", 0)]
    public void PackageVersion_Compare_OrdersAsNuGetAndNpmDo(string left, string right, int expected) =>
        Assert.That(Math.Sign(PackageVersion.Compare(left, right)), Is.EqualTo(expected));
}
