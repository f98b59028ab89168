using Liftoff.Configuration;

namespace Liftoff.Core.Tests.Configuration;

public sealed class ConfigurationLayerTests
{
    [Test]
    public void Load_NoFile_GivesDocumentedDefaults()
    {
        using var fixture = new ConfigurationFixture();

        var loaded = fixture.Load();

        Assert.That(loaded.File, Is.Null);
        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("v"));
        Assert.That(loaded.Options.Release.Branches, Is.EqualTo(new[] { "main", "master" }));
        Assert.That(loaded.Options.Environments.Keys, Is.EqualTo(new[] { "test", "staging", "production" }));
        Assert.That(loaded.Options.Environments["production"].Protected, Is.True);
        Assert.That(loaded.Options.Environments["production"].PromotesFrom, Is.EqualTo("staging"));
        Assert.That(loaded.Options.Environments["staging"].Name, Is.EqualTo("staging"));
        Assert.That(loaded.Sources.Values.Select(source => source.Kind).Distinct(), Is.EqualTo(new[] { ValueSourceKind.Default }));
    }

    [Test]
    public void Load_File_OverridesDefaults()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "release": { "tagPrefix": "release-", "branches": ["trunk"] }
            }
            """);

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("release-"));
        Assert.That(loaded.Options.Release.Branches, Is.EqualTo(new[] { "trunk" }), "a file's array replaces the default one, not merged index by index");
        Assert.That(loaded.Sources["release.tagPrefix"].ToString(), Is.EqualTo("file liftoff.json:2"));
        Assert.That(loaded.Sources["release.firstVersion"], Is.EqualTo(ValueSource.Default));
    }

    [Test]
    public void Load_StagesAndACustomTargetInACommentedFile_AreBoundWithNamesIgnoringCase()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            // Comments are allowed, as in the file dotnet new liftoff writes.
            {
              "stages": { "Check-Backlog": false, "Check-Tests": true },
              "environments": {
                "test": { "target": { "type": "custom", "kind": "rsync", "settings": { "host": "web1" } } } // one only
              }
            }
            """);

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Stages["check-backlog"], Is.False);
        Assert.That(loaded.Options.Stages["CHECK-TESTS"], Is.True);
        Assert.That(loaded.Options.Environments["test"].Target.Type, Is.EqualTo(TargetType.Custom));
        Assert.That(loaded.Options.Environments["test"].Target.Kind, Is.EqualTo("rsync"));
        Assert.That(loaded.Sources["stages"].ToString(), Is.EqualTo("file liftoff.json:3"));
    }

    [Test]
    public void Load_EnvironmentVariable_OverridesFile()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "release": { "tagPrefix": "file-" } }""");
        fixture.Environment["LIFTOFF_RELEASE__TAGPREFIX"] = "env-";

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("env-"));
        Assert.That(loaded.Sources["release.tagPrefix"].ToString(), Is.EqualTo("env LIFTOFF_RELEASE__TAGPREFIX"));
    }

    [Test]
    public void Load_Argument_OverridesEnvironmentVariable()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "release": { "tagPrefix": "file-" } }""")
            .WithArgument("release.tagPrefix", "arg-");
        fixture.Environment["LIFTOFF_RELEASE__TAGPREFIX"] = "env-";

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("arg-"));
        Assert.That(loaded.Sources["release.tagPrefix"].ToString(), Is.EqualTo("argument --release.tagPrefix"));
    }

    [Test]
    public void Load_ArgumentWithColon_IsConfigurationToo()
    {
        using var fixture = new ConfigurationFixture().WithArgument("gates:review:approvals", "2");

        Assert.That(fixture.Load().Options.Gates.Review.Approvals, Is.EqualTo(2));
    }

    [Test]
    public void Load_Code_OverridesArgument()
    {
        using var fixture = new ConfigurationFixture().WithArgument("release.tagPrefix", "arg-");
        fixture.Code.Add(options => options.Release.TagPrefix = "code-");

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("code-"));
        Assert.That(loaded.Sources["release.tagPrefix"], Is.EqualTo(ValueSource.Code));
        Assert.That(loaded.Sources["release.firstVersion"], Is.EqualTo(ValueSource.Default));
    }

    [Test]
    public void Load_CodeSettingAnInvalidValue_IsReportedAsCode()
    {
        using var fixture = new ConfigurationFixture();
        fixture.Code.Add(options => options.Gates.Review.Approvals = -5);

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0205 code: gates.review.approvals = \"-5\": expected a number from 0 to 20.",
        }));
    }

    [Test]
    public void Load_EnvironmentVariableByName_OverridesOneDefaultEnvironment()
    {
        using var fixture = new ConfigurationFixture();
        fixture.Environment["LIFTOFF_ENVIRONMENTS__PRODUCTION__URL"] = "https://example.com/";

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Environments.Keys, Is.EqualTo(new[] { "test", "staging", "production" }));
        Assert.That(loaded.Options.Environments["production"].Url, Is.EqualTo(new Uri("https://example.com/")));
        Assert.That(loaded.Options.Environments["production"].Protected, Is.True, "the other defaults of production stay");
        Assert.That(loaded.Sources["environments.production.url"].ToString(), Is.EqualTo("env LIFTOFF_ENVIRONMENTS__PRODUCTION__URL"));
    }

    [Test]
    public void Load_FileEnvironments_ReplaceTheDefaultsAndKeepFileOrder()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "environments": {
                "qa": {},
                "live": { "promotesFrom": "qa", "protected": true },
                "canary": { "promotesFrom": "qa" }
              }
            }
            """);

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Environments.Keys, Is.EqualTo(new[] { "qa", "live", "canary" }));
        Assert.That(loaded.Options.Environments["live"].Name, Is.EqualTo("live"));
        Assert.That(loaded.Options.Environments["canary"].Protected, Is.False);
    }

    [Test]
    public void Load_PlainLiftoffVariablesAndHostArguments_AreNotConfiguration()
    {
        using var fixture = new ConfigurationFixture().WithArgument("target", "Check-Config").WithArgument("verbosity", "diagnostic");
        fixture.Environment["LIFTOFF_CHANNEL"] = "beta";
        fixture.Environment["LIFTOFF_SKIP_PROMOTION_CHECK"] = "true";

        Assert.DoesNotThrow(() => fixture.Load());
    }

    [Test]
    public void Load_ConfigArgument_ReadsThatFile()
    {
        using var fixture = new ConfigurationFixture().WithFile("""{ "release": { "tagPrefix": "other-" } }""", "config/other.json");
        fixture.ConfigPath = "config/other.json";

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Release.TagPrefix, Is.EqualTo("other-"));
        Assert.That(loaded.Sources["release.tagPrefix"].ToString(), Is.EqualTo("file config/other.json:1"));
    }

    [Test]
    public void Load_ConfigArgumentNamingNoFile_IsAProblem()
    {
        using var fixture = new ConfigurationFixture { ConfigPath = "missing.json" };

        var problems = fixture.Problems();

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("LIFTOFF0202 argument --config = \"missing.json\": no file at '"));
    }
}
