using Liftoff.Changelog;

namespace Liftoff.Core.Tests.Changelog;

public sealed class ChangelogLinksTests
{
    [TestCase("https://github.com/acme/site.git", "https://github.com/acme/site")]
    [TestCase("git@github.com:acme/site.git", "https://github.com/acme/site")]
    [TestCase("ssh://git@github.com/acme/site", "https://github.com/acme/site")]
    [TestCase("https://github.example.com/acme/site.git", "https://github.example.com/acme/site")]
    [TestCase("git@github.example.com:acme/site.git", "https://github.example.com/acme/site")]
    public void FromOrigin_GitHubUrl_LinksUnderTheRepositoryPage(string origin, string root)
    {
        var links = ChangelogLinks.FromOrigin(origin);

        Assert.Multiple(() =>
        {
            Assert.That(links, Is.Not.Null);
            Assert.That(links!.Compare("v1.4.5", "v1.5.0"), Is.EqualTo(root + "/compare/v1.4.5...v1.5.0"));
            Assert.That(links.Commit("abc1234def"), Is.EqualTo(root + "/commit/abc1234def"));
            Assert.That(links.PullRequest(77), Is.EqualTo(root + "/pull/77"));
        });
    }

    [Test]
    public void FromOrigin_EnterpriseHostWithAnyName_IsAcceptedWhenConfigured()
    {
        var links = ChangelogLinks.FromOrigin("git@code.acme.internal:acme/site.git", "code.acme.internal");

        Assert.That(links?.Commit("abc"), Is.EqualTo("https://code.acme.internal/acme/site/commit/abc"));
    }

    [TestCase("https://gitlab.com/acme/site.git")]
    [TestCase("/srv/git/site.git")]
    [TestCase("")]
    [TestCase(null)]
    public void FromOrigin_NotGitHub_IsNull(string? origin)
    {
        Assert.That(ChangelogLinks.FromOrigin(origin), Is.Null);
    }
}
