using Liftoff.Building;

namespace Liftoff.Core.Tests.Building;

public sealed class GlobPatternTests
{
    [TestCase("js/*.js", "js/app.js", true)]
    [TestCase("js/*.js", "js/vendor/lib.js", false)]
    [TestCase("js/**/*.js", "js/app.js", true)]
    [TestCase("js/**/*.js", "js/vendor/lib.js", true)]
    [TestCase("**/*.css", "a/b/c.css", true)]
    [TestCase("*.js", "deep/down/app.js", true)]
    [TestCase("*.js", "app.js.map", false)]
    [TestCase("img/logo.???", "img/logo.png", true)]
    [TestCase("img/logo.???", "img/logo.jpeg", false)]
    [TestCase("wwwroot/**", "wwwroot/a/b.txt", true)]
    public void IsMatch_Path_MatchesLikeAGitignoreGlob(string glob, string path, bool expected)
    {
        Assert.That(new GlobPattern(glob).IsMatch(path), Is.EqualTo(expected));
    }
}
