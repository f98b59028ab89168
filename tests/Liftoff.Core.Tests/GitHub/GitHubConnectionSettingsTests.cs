using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.GitHub;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubConnectionSettingsTests
{
    [Test]
    public void FromEnvironment_BothVariablesSet_PrefersGitHubToken()
    {
        var environment = new Dictionary<string, string> { ["GITHUB_TOKEN"] = "a", ["GH_TOKEN"] = "b" };

        var settings = GitHubConnectionSettings.FromEnvironment(environment.GetValueOrDefault);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Token, Is.EqualTo("a"));
            Assert.That(settings.TokenSource, Is.EqualTo("GITHUB_TOKEN"));
            Assert.That(settings.ApiUrl, Is.EqualTo(new Uri("https://api.github.com/")));
            Assert.That(settings.IsEnterprise, Is.False);
            Assert.That(settings.WebHost, Is.EqualTo("github.com"));
        });
    }

    [Test]
    public void FromEnvironment_OnlyGhTokenSet_UsesIt()
    {
        var settings = GitHubConnectionSettings.FromEnvironment(name => name == "GH_TOKEN" ? "b" : "");

        Assert.That((settings.Token, settings.TokenSource), Is.EqualTo(("b", "GH_TOKEN")));
    }

    [Test]
    public void FromEnvironment_NoToken_HasNoTokenAndEnsureTokenThrows()
    {
        var settings = GitHubConnectionSettings.FromEnvironment(_ => null);

        var error = Assert.Throws<LiftoffException>(settings.EnsureToken);
        Assert.Multiple(() =>
        {
            Assert.That(settings.HasToken, Is.False);
            Assert.That(settings.ToString(), Is.EqualTo("https://api.github.com/ (no token)"));
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubTokenMissing));
        });
    }

    [Test]
    public void FromOptions_EnterpriseUrlAndEnvReference_ReadsTheNamedVariable()
    {
        var options = new GitHubOptions { ApiUrl = new Uri("https://ghe.example.com/api/v3/"), Token = "env:CORP_GITHUB" };

        var settings = GitHubConnectionSettings.FromOptions(options, name => name == "CORP_GITHUB" ? "corp" : "wrong");

        Assert.Multiple(() =>
        {
            Assert.That(settings.Token, Is.EqualTo("corp"));
            Assert.That(settings.TokenSource, Is.EqualTo("CORP_GITHUB"));
            Assert.That(settings.IsEnterprise, Is.True);
            Assert.That(settings.WebHost, Is.EqualTo("ghe.example.com"));
        });
    }

    [Test]
    public void Constructor_RelativeOrFtpUrl_ThrowsApiUrlInvalid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                Assert.Throws<LiftoffException>(() => _ = new GitHubConnectionSettings(new Uri("ftp://ghe/"), null))?.Code,
                Is.EqualTo(DiagnosticCodes.GitHubApiUrlInvalid));
            Assert.That(
                Assert.Throws<LiftoffException>(() => _ = new GitHubConnectionSettings(new Uri("api/v3", UriKind.Relative), null))?.Code,
                Is.EqualTo(DiagnosticCodes.GitHubApiUrlInvalid));
        });
    }
}
