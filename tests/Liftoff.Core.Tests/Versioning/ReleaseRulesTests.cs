using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Versioning;

public sealed class ReleaseRulesTests
{
    [TestCase("feat: a", ReleaseType.Minor)]
    [TestCase("feat(scope): a", ReleaseType.Minor)]
    [TestCase("Feat: a", ReleaseType.Minor)]
    [TestCase("fix: a", ReleaseType.Patch)]
    [TestCase("FIX: a", ReleaseType.Patch)]
    [TestCase("perf: a", ReleaseType.Patch)]
    [TestCase("revert: feat: a", ReleaseType.Patch)]
    [TestCase("Revert \"feat: a\"\n\nThis reverts commit abcdef0.", ReleaseType.Patch)]
    [TestCase("feat!: a", ReleaseType.Major)]
    [TestCase("chore!: drop support", ReleaseType.Major)]
    [TestCase("fix: a\n\nBREAKING CHANGE: b", ReleaseType.Major)]
    [TestCase("docs: a\n\nBREAKING-CHANGE: b", ReleaseType.Major)]
    [TestCase("chore: a", ReleaseType.None)]
    [TestCase("docs: a", ReleaseType.None)]
    [TestCase("style: a", ReleaseType.None)]
    [TestCase("refactor: a", ReleaseType.None)]
    [TestCase("test: a", ReleaseType.None)]
    [TestCase("build: a", ReleaseType.None)]
    [TestCase("ci: a", ReleaseType.None)]
    [TestCase("feature: a", ReleaseType.None)]
    [TestCase("Merge pull request #3 from a/b\n\nfeat: c", ReleaseType.None)]
    [TestCase("Merge branch 'main' into feature", ReleaseType.None)]
    [TestCase("just some words", ReleaseType.None)]
    public void Classify_DefaultRules_GivesSemanticReleaseDefaults(string message, ReleaseType expected)
    {
        Assert.That(ReleaseRules.Default.Classify(ConventionalCommitParser.Parse(message)), Is.EqualTo(expected));
    }

    [Test]
    public void Decide_BreakingFeature_HighestRuleWinsAndNamesItsKind()
    {
        var rule = ReleaseRules.Default.Decide(ConventionalCommitParser.Parse("feat!: a"));

        Assert.That(rule?.Release, Is.EqualTo(ReleaseType.Major));
        Assert.That(rule?.Kind, Is.EqualTo("breaking"));
    }

    [Test]
    public void Classify_CustomRules_AreUsedInsteadOfTheDefaults()
    {
        var rules = new ReleaseRules([new ReleaseRule(ReleaseType.Patch, "docs") { Type = "docs" }]);

        Assert.That(rules.Classify(ConventionalCommitParser.Parse("docs: a")), Is.EqualTo(ReleaseType.Patch));
        Assert.That(rules.Classify(ConventionalCommitParser.Parse("feat: a")), Is.EqualTo(ReleaseType.None));
    }
}
