using Liftoff.Configuration;

namespace Liftoff.Core.Tests.Configuration;

public sealed class SecretTests
{
    [Test]
    public void Load_LiteralTokenAsArgument_IsRefused()
    {
        using var fixture = new ConfigurationFixture().WithArgument("github.token", "ghp_0123456789abcdef");

        var problems = fixture.Problems();

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("LIFTOFF0210 argument --github.token: github.token = ***: a secret may not be written literally"));
    }

    [Test]
    public void Load_TokenReference_ResolvesFromTheNamedVariable()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "github": { "token": "env:DEPLOY_TOKEN" } }""");
        fixture.Environment["DEPLOY_TOKEN"] = "ghp_secret";
        fixture.Environment["GITHUB_TOKEN"] = "ghp_other";

        var loaded = fixture.Load();

        Assert.That(Secrets.ResolveGitHubToken(loaded.Options, loaded.Environment), Is.EqualTo("ghp_secret"));
    }

    [TestCase("GITHUB_TOKEN")]
    [TestCase("GH_TOKEN")]
    public void Load_NoToken_FallsBackToTheConventionalVariables(string variable)
    {
        using var fixture = new ConfigurationFixture();
        fixture.Environment[variable] = "ghp_from_" + variable;

        var loaded = fixture.Load();

        Assert.That(Secrets.ResolveGitHubToken(loaded.Options, loaded.Environment), Is.EqualTo("ghp_from_" + variable));
    }

    [Test]
    public void Describe_LiteralTokenFromTheEnvironment_IsRedacted()
    {
        using var fixture = new ConfigurationFixture();
        fixture.Environment["LIFTOFF_GITHUB__TOKEN"] = "ghp_0123456789abcdef";

        var lines = fixture.Load().Describe();

        Assert.That(string.Join("\n", lines), Does.Not.Contain("ghp_0123456789abcdef"));
        Assert.That(lines, Has.Some.Match(@"^github\.token\s+= \*\*\*  \(env LIFTOFF_GITHUB__TOKEN\)$"));
    }

    [TestCase("", "")]
    [TestCase("env:MY_TOKEN", "env:MY_TOKEN")]
    [TestCase("ghp_literal", "***")]
    public void Redact_Value_ShowsOnlyReferences(string value, string expected) =>
        Assert.That(Secrets.Redact(value), Is.EqualTo(expected));
}
