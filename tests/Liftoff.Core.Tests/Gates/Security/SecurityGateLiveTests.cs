using Liftoff.TestSupport.Dotnet;
using Liftoff.Configuration;
using Liftoff.Core.Tests.Gates.Tests;
using Liftoff.Gates;
using Liftoff.Gates.Security;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Security;

/// <summary>The real dotnet and the real NuGet source here, which has no vulnerability data (see DESIGN.md).</summary>
[Category("Slow")]
public sealed class SecurityGateLiveTests
{
    [Test]
    public async Task Evaluate_Newtonsoft12OnASourceWithoutVulnerabilityData_FailsSafeThenTheOsvFileFindsIt()
    {
        using var sandbox = TempDirectory.Create("security sandbox");
        DotnetSandbox.WriteVulnerableProject(sandbox.Path);
        File.Copy(SecurityFixtures.Path("osv-advisories.json"), sandbox.Combine("osv.json"));
        var gate = (SecurityGateOptions options) => new SecurityGate(options, new SecurityAuditTools(), TimeProvider.System).EvaluateAsync(sandbox.Path);

        var online = await gate(new SecurityGateOptions());
        var offline = await gate(new SecurityGateOptions { AdvisoryFile = "osv.json", AllowMissingAdvisoryData = true });

        Assert.That(online.Verdict, Is.EqualTo(Verdict.Fail), online.ToString());
        Assert.That(online.Reason, Does.Contain("no advisory data").And.Contain("VulnerabilityInfo"));
        Assert.That(offline.Verdict, Is.EqualTo(Verdict.Fail), offline.ToString());
        Assert.That(offline.Reason, Does.StartWith("1 advisory finding(s) at or above high: Newtonsoft.Json 12.0.1 GHSA-5crp-9r3c-p9vr (high)"));
    }
}

public sealed class NuGetServiceIndexProbeTests
{
    [Test]
    public async Task Missing_FolderSource_HasNoVulnerabilityData()
    {
        var why = await new NuGetServiceIndexProbe().MissingVulnerabilityDataAsync("/srv/feed", CancellationToken.None);

        Assert.That(why, Is.EqualTo("/srv/feed is a folder source, which has no vulnerability data"));
    }

    [Test]
    public async Task Missing_UnreachableSource_IsMissingNotAnError()
    {
        var why = await new NuGetServiceIndexProbe().MissingVulnerabilityDataAsync("http://127.0.0.1:9/v3/index.json", CancellationToken.None);

        Assert.That(why, Does.StartWith("http://127.0.0.1:9/v3/index.json could not be asked for its service index"));
    }
}
