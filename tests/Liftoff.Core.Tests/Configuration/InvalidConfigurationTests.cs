namespace Liftoff.Core.Tests.Configuration;

/// <summary>Each broken liftoff.json and the exact message it gives: code, file and line, path, value, expectation.</summary>
public sealed class InvalidConfigurationTests
{
    private static readonly TestCaseData[] Cases =
    [
        Case("unknown key with a suggestion", """{ "release": { "tagPrefx": "v" } }""",
            "LIFTOFF0203 file liftoff.json:1: release.tagPrefx: unknown key 'tagPrefx'. Did you mean 'tagPrefix'?"),
        Case("unknown section with a suggestion", """{ "relase": {} }""",
            "LIFTOFF0203 file liftoff.json:1: relase: unknown key 'relase'. Did you mean 'release'?"),
        Case("unknown key in an environment", """{ "environments": { "test": { "protectd": true } } }""",
            "LIFTOFF0203 file liftoff.json:1: environments.test.protectd: unknown key 'protectd'. Did you mean 'protected'?"),
        Case("text for a boolean", """{ "github": { "required": "yes" } }""",
            "LIFTOFF0204 file liftoff.json:1: github.required = \"yes\": expected true or false."),
        Case("text for a number", """{ "gates": { "review": { "approvals": "two" } } }""",
            "LIFTOFF0204 file liftoff.json:1: gates.review.approvals = \"two\": expected a whole number."),
        Case("a number above its range", """{ "gates": { "review": { "approvals": 21 } } }""",
            "LIFTOFF0205 file liftoff.json:1: gates.review.approvals = \"21\": expected a number from 0 to 20."),
        Case("a number below its range", """{ "locks": { "ttlMinutes": 0 } }""",
            "LIFTOFF0205 file liftoff.json:1: locks.ttlMinutes = \"0\": expected a number from 1 to 10080."),
        Case("an unknown enum value", """{ "gates": { "security": { "threshold": "severe" } } }""",
            "LIFTOFF0206 file liftoff.json:1: gates.security.threshold = \"severe\": expected one of low, moderate, high, critical."),
        Case("an unknown target type", """{ "environments": { "test": { "target": { "type": "ftp" } } } }""",
            "LIFTOFF0206 file liftoff.json:1: environments.test.target.type = \"ftp\": expected one of releasesDirectory, gitHubPages, command, nginxSlots."),
        Case("a bad enum inside an array", """{ "release": { "bumpFiles": [ { "path": "a.txt", "kind": "yaml" } ] } }""",
            "LIFTOFF0206 file liftoff.json:1: release.bumpFiles.0.kind = \"yaml\": expected one of regex, jsonPath, xmlPath."),
        Case("a URL that is not one", """{ "environments": { "test": { "url": "not a url" } } }""",
            "LIFTOFF0212 file liftoff.json:1: environments.test.url = \"not a url\": expected an absolute http or https URL."),
        Case("a first version that is not SemVer", """{ "release": { "firstVersion": "banana" } }""",
            "LIFTOFF0213 file liftoff.json:1: release.firstVersion = \"banana\": expected a SemVer 2.0 version such as 1.0.0."),
                Case("an object for a string", """{ "release": { "tagPrefix": { "a": 1 } } }""",
            "LIFTOFF0204 file liftoff.json:1: release.tagPrefix: expected a string, not an object or array."),
        Case("a string for a section", """{ "release": "v" }""",
            "LIFTOFF0204 file liftoff.json:1: release = \"v\": expected an object."),
        Case("a string for an array", """{ "release": { "branches": "main" } }""",
            "LIFTOFF0204 file liftoff.json:1: release.branches = \"main\": expected an array of strings."),
        Case("promotes from a missing environment", """{ "environments": { "staging": {}, "production": { "promotesFrom": "stagign" } } }""",
            "LIFTOFF0209 file liftoff.json:1: environments.production.promotesFrom = \"stagign\": expected the name of another environment (production, staging)."),
        Case("promotes from itself", """{ "environments": { "test": { "promotesFrom": "test" } } }""",
            "LIFTOFF0209 file liftoff.json:1: environments.test.promotesFrom = \"test\": expected another environment; an environment cannot promote from itself."),
        Case("duplicate environment names", """{ "environments": { "production": {}, "Production": {} } }""",
            "LIFTOFF0208 file liftoff.json:1: environments.Production: environment 'Production' is defined twice (names ignore case): expected each name once."),
        Case("a duplicate key", """{ "release": { "draft": true, "Draft": false } }""",
            "LIFTOFF0207 file liftoff.json:1: release.Draft: the key appears twice in the same object (keys ignore case): expected it once."),
        Case("an unusable environment name", """{ "environments": { "prod uction": {} } }""",
            "LIFTOFF0211 file liftoff.json:1: environments.prod uction: 'prod uction' is not a usable environment name: expected a letter, then letters, digits or '-' (it becomes part of target names such as Deploy-prod uction)."),
        Case("a literal token", """{ "github": { "token": "ghp_0123456789abcdef" } }""",
            "LIFTOFF0210 file liftoff.json:1: github.token = ***: a secret may not be written literally; expected env:NAME naming an environment variable, or leave it empty to read GITHUB_TOKEN or GH_TOKEN."),
        Case("a literal webhook", """{ "notifications": { "webhook": "https://hooks.example.com/T000/B000/XXXX" } }""",
            "LIFTOFF0210 file liftoff.json:1: notifications.webhook = ***: a secret may not be written literally; expected env:NAME naming an environment variable."),
        Case("an empty variable reference", """{ "github": { "token": "env:" } }""",
            "LIFTOFF0210 file liftoff.json:1: github.token = ***: expected env:NAME with a variable name (letters, digits, _)."),
        Case("an array at the top level", """[1, 2]""",
            "LIFTOFF0204 file liftoff.json:1: expected a JSON object at the top level."),
        Case("not JSON", """{ "release": }""",
            "LIFTOFF0201 file liftoff.json:1: not valid JSON at line 1, column 14: '}' is an invalid start of a value."),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Load_InvalidFile_ReportsExactlyThisProblem(string json, string expected)
    {
        using var fixture = new ConfigurationFixture().WithFile(json);

        Assert.That(fixture.Problems(), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Load_ManyProblems_ReportsEveryOneWithItsLine()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "release": { "tagPrefx": "v" },
              "github": {
                "token": "ghp_0123456789abcdef"
              },
              "locks": { "ttlMinutes": -3 }
            }
            """);

        var error = Assert.Throws<Liftoff.Configuration.ConfigurationException>(() => fixture.Load())!;

        Assert.That(error.ExitCode, Is.EqualTo(Liftoff.Diagnostics.ExitCodes.ConfigurationInvalid));
        Assert.That(error.Message, Does.StartWith("LIFTOFF0200: The configuration is invalid (3 problems); nothing ran."));
        Assert.That(error.Message, Does.Contain("file liftoff.json:2: release.tagPrefx: unknown key"));
        Assert.That(error.Message, Does.Contain("file liftoff.json:4: github.token = ***"));
        Assert.That(error.Message, Does.Contain("file liftoff.json:6: locks.ttlMinutes = \"-3\""));
        Assert.That(error.Message, Does.Not.Contain("ghp_0123456789abcdef"));
    }

    [Test]
    public void Load_DuplicateKey_StillReportsTheFilesOtherProblems()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "environments": { "production": {}, "Production": {} },
              "locks": { "ttlMinutes": 0 }
            }
            """);

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0208 file liftoff.json:2: environments.Production: environment 'Production' is defined twice (names ignore case): expected each name once.",
            "LIFTOFF0205 file liftoff.json:3: locks.ttlMinutes = \"0\": expected a number from 1 to 10080.",
        }));
    }

    [Test]
    public void Load_BadEnvironmentVariable_NamesTheVariable()
    {
        using var fixture = new ConfigurationFixture();
        fixture.Environment["LIFTOFF_GITHUB__TIMEOUTSECONDS"] = "soon";

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0204 env LIFTOFF_GITHUB__TIMEOUTSECONDS: github.timeoutSeconds = \"soon\": expected a whole number.",
        }));
    }

    [Test]
    public void Load_UnknownEnvironmentVariableKey_SuggestsTheNearest()
    {
        using var fixture = new ConfigurationFixture();
        fixture.Environment["LIFTOFF_RELEASE__TAGPREFX"] = "v";

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0203 env LIFTOFF_RELEASE__TAGPREFX: release.TAGPREFX: unknown key 'TAGPREFX'. Did you mean 'tagPrefix'?",
        }));
    }

    [Test]
    public void Load_BadArgument_NamesTheArgument()
    {
        using var fixture = new ConfigurationFixture().WithArgument("gates.review.approvals", "99");

        Assert.That(fixture.Problems(), Is.EqualTo(new[]
        {
            "LIFTOFF0205 argument --gates.review.approvals: gates.review.approvals = \"99\": expected a number from 0 to 20.",
        }));
    }

    private static TestCaseData Case(string name, string json, string expected) =>
        new TestCaseData(json, expected).SetArgDisplayNames(name);
}
