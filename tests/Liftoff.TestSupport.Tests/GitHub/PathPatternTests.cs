using Liftoff.TestSupport.GitHub;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class PathPatternTests
{
    [TestCase("/repos/*/*/releases", "/repos/acme/site/releases", true)]
    [TestCase("/repos/*/*/releases", "/repos/acme/site/releases/1", false)]
    [TestCase("/repos/*/*/releases", "/repos/acme/releases", false)]
    [TestCase("/repos/*/*/git/**", "/repos/acme/site/git/refs/heads/main", true)]
    [TestCase("/repos/*/*/git/**", "/repos/acme/site/git", true)]
    [TestCase("/**", "/anything/at/all", true)]
    [TestCase("/repos/ACME/site/**", "/repos/acme/site/releases", true)]
    [TestCase("/**/assets", "/repos/acme/site/releases/7/assets", true)]
    public void Matches_PatternAndPath_ReturnsExpected(string pattern, string path, bool expected)
    {
        Assert.That(PathPattern.Matches(pattern, path), Is.EqualTo(expected));
    }
}
