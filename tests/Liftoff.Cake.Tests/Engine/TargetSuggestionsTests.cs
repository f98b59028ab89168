using Liftoff.Cake.Engine;

namespace Liftoff.Cake.Tests.Engine;

public sealed class TargetSuggestionsTests
{
    private static readonly string[] Targets = ["Deploy-Production", "Deploy-Staging", "Rollback-Production", "Test", "Build"];

    [TestCase("deploy-prod", "Deploy-Production")]
    [TestCase("DeployProduction", "Deploy-Production")]
    [TestCase("Tset", "Test")]
    [TestCase("biuld", "Build")]
    public void Nearest_Typo_FindsTheIntendedTargetFirst(string typed, string expected)
    {
        Assert.That(TargetSuggestions.Nearest(typed, Targets)[0], Is.EqualTo(expected));
    }

    [Test]
    public void DidYouMean_NothingClose_ListsKnownTargets()
    {
        Assert.That(
            TargetSuggestions.DidYouMean("zzzzzzzzzz", Targets),
            Is.EqualTo(" Known: Build, Deploy-Production, Deploy-Staging, Rollback-Production, Test."));
    }
}
