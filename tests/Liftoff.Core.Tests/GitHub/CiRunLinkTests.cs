using Liftoff.GitHub;

namespace Liftoff.Core.Tests.GitHub;

public sealed class CiRunLinkTests
{
    [Test]
    public void FromEnvironment_InGitHubActions_IsTheRunsPage()
    {
        var variables = new Dictionary<string, string>
        {
            ["GITHUB_SERVER_URL"] = "https://github.com/",
            ["GITHUB_REPOSITORY"] = "acme/site",
            ["GITHUB_RUN_ID"] = "9001",
        };

        var link = CiRunLink.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.That(link, Is.EqualTo(new Uri("https://github.com/acme/site/actions/runs/9001")));
    }

    [Test]
    public void FromEnvironment_OnALaptop_IsNull()
    {
        Assert.That(CiRunLink.FromEnvironment(_ => null), Is.Null);
    }
}
