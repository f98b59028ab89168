using Liftoff.Configuration;
using NJsonSchema;

namespace Liftoff.Core.Tests.Configuration;

public sealed class SchemaTests
{
    private const string UpdateVariable = "LIFTOFF_UPDATE_SCHEMA";

    private static string SamplePath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Configuration", "liftoff.sample.json");

    [Test]
    public void Schema_Committed_IsUpToDate()
    {
        var generated = LiftoffSchema.GenerateJson();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(LiftoffSchema.CommittedPath, generated);
        }

        var committed = File.Exists(LiftoffSchema.CommittedPath) ? File.ReadAllText(LiftoffSchema.CommittedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";

        Assert.That(committed, Is.EqualTo(generated),
            $"{LiftoffSchema.FileName} is out of date with the options types. Regenerate it with: " +
            $"{UpdateVariable}=1 dotnet test tests/Liftoff.Core.Tests --filter FullyQualifiedName~SchemaTests");
    }

    [Test]
    public void Reference_Committed_IsUpToDate()
    {
        var generated = ConfigurationReference.Generate();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ConfigurationReference.CommittedPath)!);
            File.WriteAllText(ConfigurationReference.CommittedPath, generated);
        }

        var committed = File.Exists(ConfigurationReference.CommittedPath) ? File.ReadAllText(ConfigurationReference.CommittedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";

        Assert.That(committed, Is.EqualTo(generated),
            $"docs/configuration.md is out of date with the options types. Regenerate it with: " +
            $"{UpdateVariable}=1 dotnet test tests/Liftoff.Core.Tests --filter FullyQualifiedName~SchemaTests");
    }

    [Test]
    public async Task Schema_Sample_IsValid()
    {
        var schema = await JsonSchema.FromJsonAsync(LiftoffSchema.GenerateJson());

        var errors = schema.Validate(await File.ReadAllTextAsync(SamplePath));

        Assert.That(errors.Select(error => error.ToString()), Is.Empty);
    }

    [Test]
    public void Load_Sample_IsValidToo()
    {
        using var fixture = new ConfigurationFixture().WithFile(File.ReadAllText(SamplePath));

        var loaded = fixture.Load();

        Assert.That(loaded.Options.Environments.Keys, Is.EqualTo(new[] { "test", "staging", "production" }));
        Assert.That(loaded.Options.Environments["production"].Target.Type, Is.EqualTo(TargetType.Command));
        Assert.That(loaded.Options.Gates.Security.Allowlist.Single().Id, Is.EqualTo("GHSA-5crp-9r3c-p9vr"));
    }

    [TestCase("""{ "release": { "tagPrefx": "v" } }""", "NoAdditionalPropertiesAllowed")]
    [TestCase("""{ "gates": { "review": { "approvals": 21 } } }""", "NumberTooBig")]
    [TestCase("""{ "gates": { "security": { "threshold": "severe" } } }""", "NotInEnumeration")]
    [TestCase("""{ "github": { "token": "ghp_literal" } }""", "PatternMismatch")]
    public async Task Schema_InvalidFile_IsRejectedLikeTheLoaderDoes(string json, string kind)
    {
        var schema = await JsonSchema.FromJsonAsync(LiftoffSchema.GenerateJson());

        var errors = schema.Validate(json);

        Assert.That(errors.Select(error => error.Kind.ToString()), Has.Some.EqualTo(kind), string.Join("\n", errors));
    }

    [Test]
    public void Schema_Properties_CarryDescriptionsAndDefaults()
    {
        var schema = LiftoffSchema.Generate();

        var tagPrefix = schema.Properties["release"].ActualSchema.Properties["tagPrefix"];

        Assert.That(tagPrefix.Description, Is.EqualTo("The prefix of release tags."));
        Assert.That(tagPrefix.Default, Is.EqualTo("v"));
    }
}
