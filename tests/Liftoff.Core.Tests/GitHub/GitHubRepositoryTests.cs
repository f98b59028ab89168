using Liftoff.Diagnostics;
using Liftoff.GitHub;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubRepositoryTests
{
    [TestCase("https://github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("https://github.com/acme/site", "acme", "site", "github.com")]
    [TestCase("https://github.com/acme/site/", "acme", "site", "github.com")]
    [TestCase("https://www.github.com/Acme-Corp/my.site.git", "Acme-Corp", "my.site", "github.com")]
    [TestCase("https://x-access-token:ghp_secret@github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("http://github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("git@github.com:acme/site.git", "acme", "site", "github.com")]
    [TestCase("git@github.com:acme/site", "acme", "site", "github.com")]
    [TestCase("github.com:acme/site.git", "acme", "site", "github.com")]
    [TestCase("ssh://git@github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("ssh://git@github.com:22/acme/site", "acme", "site", "github.com")]
    [TestCase("git+ssh://git@github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("git://github.com/acme/site.git", "acme", "site", "github.com")]
    [TestCase("https://github.example.com/platform/deploy-tools.git", "platform", "deploy-tools", "github.example.com")]
    [TestCase("git@github.corp.internal:platform/deploy_tools.git", "platform", "deploy_tools", "github.corp.internal")]
    [TestCase("https://octo.ghe.com/acme/site.git", "acme", "site", "octo.ghe.com")]
    [TestCase("  https://github.com/acme/site.git\n", "acme", "site", "github.com")]
    public void Parse_GitHubUrl_ReadsOwnerNameAndHost(string url, string owner, string name, string host)
    {
        var repository = GitHubRepository.Parse(url);

        Assert.That((repository.Owner, repository.Name, repository.Host), Is.EqualTo((owner, name, host)));
    }

    [TestCase("https://code.corp.example/acme/site.git", "code.corp.example")]
    [TestCase("git@code.corp.example:acme/site.git", "code.corp.example")]
    [TestCase("http://127.0.0.1:5123/acme/site.git", "127.0.0.1")]
    public void Parse_ConfiguredEnterpriseHost_IsAccepted(string url, string enterpriseHost)
    {
        var repository = GitHubRepository.Parse(url, enterpriseHost);

        Assert.That(repository.FullName, Is.EqualTo("acme/site"));
    }

    [TestCase("https://gitlab.com/acme/site.git")]
    [TestCase("git@bitbucket.org:acme/site.git")]
    [TestCase("https://github.com/acme")]
    [TestCase("https://github.com/acme/site/tree/main")]
    [TestCase("https://github.com/acme/site/extra.git")]
    [TestCase("/srv/git/site.git")]
    [TestCase("file:///srv/git/github/acme/site.git")]
    [TestCase("../site.git")]
    [TestCase("https://github.com/-acme/site")]
    [TestCase("https://github.com/acme/..")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("not a url")]
    public void Parse_NotAGitHubRepositoryUrl_ThrowsOriginNotRecognized(string url)
    {
        var error = Assert.Throws<LiftoffException>(() => GitHubRepository.Parse(url));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubOriginNotRecognized));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        });
    }

    [Test]
    public void Parse_BadUrlWithCredentials_ErrorDoesNotEchoThem()
    {
        var error = Assert.Throws<LiftoffException>(() => GitHubRepository.Parse("https://user:hunter2@gitlab.com/acme/site.git"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Not.Contain("hunter2"));
            Assert.That(error.Message, Does.Contain("https://gitlab.com/acme/site.git"));
        });
    }

    [Test]
    public void WebUrl_EnterpriseRepository_PointsAtTheEnterpriseHost()
    {
        var repository = GitHubRepository.Parse("git@github.corp.example:acme/site.git");

        Assert.That(repository.WebUrl, Is.EqualTo(new Uri("https://github.corp.example/acme/site")));
    }
}
