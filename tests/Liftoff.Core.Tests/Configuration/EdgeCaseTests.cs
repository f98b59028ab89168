namespace Liftoff.Core.Tests.Configuration;

public sealed class EdgeCaseTests
{
    [Test]
    public void Load_NullsAndEmptyStrings_LeaveOptionalSettingsUnset()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "github": { "owner": null, "repository": "" },
              "environments": { "test": { "url": "", "promotesFrom": null } }
            }
            """);

        var loaded = fixture.Load();

        Assert.That(loaded.Options.GitHub.Owner, Is.Null.Or.Empty);
        Assert.That(loaded.Options.Environments["test"].Url, Is.Null);
        Assert.That(loaded.Options.Environments["test"].PromotesFrom, Is.Null.Or.Empty);
    }

    [Test]
    public void Load_NullForANumber_IsAProblem()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "locks": { "ttlMinutes": null } }""");

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0204 file liftoff.json:1: locks.ttlMinutes = null: expected a whole number, not null or empty.",
        }));
    }

    [Test]
    public void Load_CommentsAndTrailingCommas_AreAllowedAsInAppSettings()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              // the tag prefix of this repository
              "release": { "tagPrefix": "r", },
            }
            """);

        Assert.That(fixture.Load().Options.Release.TagPrefix, Is.EqualTo("r"));
    }

    [Test]
    public void Load_EmptyFileObject_IsValid()
    {
        using var fixture = new ConfigurationFixture().WithFile("{}");

        Assert.That(fixture.Load().Options.Environments, Has.Count.EqualTo(3));
    }

    [Test]
    public void Load_NewEnvironmentFromAVariable_ComesAfterTheFileOnes()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "environments": { "qa": {}, "live": { "promotesFrom": "qa" } } }""");
        fixture.Environment["LIFTOFF_ENVIRONMENTS__PREVIEW__URL"] = "https://preview.example.com/";

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Environments.Keys, Is.EqualTo(new[] { "qa", "live", "PREVIEW" }));
    }
}
