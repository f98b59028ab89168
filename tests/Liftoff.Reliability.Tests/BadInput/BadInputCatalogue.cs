using System.Text;

namespace Liftoff.Reliability.Tests.BadInput;

/// <summary>
/// The catalogue of bad inputs (R4). Configuration cases run <c>Release</c>, which would commit, tag and push with a
/// good configuration, so "nothing changed" means something. Every case names the words its message must hold.
/// </summary>
public static class BadInputCatalogue
{
    private const string Release = "--target=Release";
    private const string Deploy = "--target=Deploy-Production";

    public static IEnumerable<BadInputCase> All()
    {
        // liftoff.json: malformed, unknown keys, wrong types, out of range.
        yield return Config("malformed JSON: a missing comma", """{ "release": { "draft": true "tagPrefix": "v" } }""", "liftoff.json", "not valid JSON");
        yield return Config("malformed JSON: truncated", """{ "release": { "draft": true """, "liftoff.json", "not valid JSON");
        yield return Config("malformed JSON: empty file", "", "liftoff.json", "not valid JSON");
        yield return Config("malformed JSON: an array at the top", "[1, 2]", "liftoff.json", "expected");
        yield return Config("malformed JSON: a comment-like garbage line", "{ release: draft }", "liftoff.json", "not valid JSON");
        yield return Config("unknown top-level key", """{ "enviroments": {} }""", "enviroments", "unknown key", "Did you mean 'environments'");
        yield return Config("unknown nested key", """{ "release": { "tagPrefx": "v" } }""", "release.tagPrefx", "unknown key");
        yield return Config("unknown environment key", """{ "environments": { "production": { "protect": true } } }""", "environments.production.protect", "unknown key");
        yield return Config("wrong type: number as text", """{ "github": { "maxRetries": "many" } }""", "github.maxRetries", "expected a whole number");
        yield return Config("wrong type: boolean as text", """{ "release": { "draft": "yes" } }""", "release.draft", "expected");
        yield return Config("wrong type: list as text", """{ "release": { "branches": "main" } }""", "release.branches", "expected");
        yield return Config("wrong type: commands as a number", """{ "build": { "commands": 5 } }""", "build.commands", "expected");
        yield return Config("wrong type: environment as a number", """{ "environments": { "production": 5 } }""", "environments.production", "expected");
        yield return Config("out of range: retries", """{ "github": { "maxRetries": 99 } }""", "github.maxRetries", "from 0 to 10");
        yield return Config("out of range: timeout 0", """{ "github": { "timeoutSeconds": 0 } }""", "github.timeoutSeconds", "from 1 to 600");
        yield return Config("negative budget", """{ "build": { "budgetKilobytes": -1 } }""", "build.budgetKilobytes", "from 0");
        yield return Config("negative gzip budget", """{ "build": { "gzipBudgetKilobytes": -5 } }""", "build.gzipBudgetKilobytes", "from 0");
        yield return Config("negative glob budget", """{ "build": { "budgets": [ { "glob": "**/*.js", "kilobytes": -1 } ] } }""", "build.budgets.0.kilobytes", "from 0");
        yield return Config("negative lock TTL", """{ "locks": { "ttlMinutes": -5 } }""", "locks.ttlMinutes", "from 1");
        yield return Config("literal token in the file", """{ "github": { "token": "ghp_literalLiteralLiteral0123456789" } }""", "github.token", "env:NAME");
        yield return Config("API URL not a URL", """{ "github": { "apiUrl": "not a url" } }""", "github.apiUrl", "absolute http or https URL");
        yield return Config("unknown target type", """{ "environments": { "production": { "target": { "type": "ftp" } } } }""", "environments.production.target.type", "releasesDirectory, gitHubPages, command");
        yield return Config("promotesFrom an unknown environment", """{ "environments": { "production": { "promotesFrom": "nowhere" } } }""", "environments.production.promotesFrom", "expected the name of another environment");
        yield return Config("unusable environment name", """{ "environments": { "prod uction": {} } }""", "prod uction", "not a usable environment name");
        yield return Config("first version not SemVer", """{ "release": { "firstVersion": "one" } }""", "release.firstVersion", "expected");
        yield return new BadInputCase("non-UTF-8 bytes in liftoff.json", [Release], ["liftoff.json", "UTF-8"])
        {
            Arrange = world =>
            {
                world.CommitBytes("liftoff.json", [.. Encoding.UTF8.GetBytes("{ \"build\": { \"name\": \"s"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\" } }")]);
                return NoArguments;
            },
        };
        yield return new BadInputCase("--config names a missing file", [Release, "--config=missing/liftoff.json"], ["missing/liftoff.json"]);
        yield return new BadInputCase("a variable with a wrong type", [Release], ["LIFTOFF_GITHUB__MAXRETRIES", "expected a whole number"])
        {
            Variables = new Dictionary<string, string?> { ["LIFTOFF_GITHUB__MAXRETRIES"] = "lots" },
        };
        yield return new BadInputCase("an argument with a wrong type", [Release, "--github.maxRetries=lots"], ["--github.maxRetries", "expected a whole number"]);
        yield return new BadInputCase("an argument with an unknown key", [Release, "--github.maxRetry=3"], ["github.maxRetry", "unknown key"]);

        // Target settings, checked when the target is built: before anything is read, locked or touched.
        yield return TargetSettings("keep below 1", """ "keep": "0" """, "keep", "expected");
        yield return TargetSettings("keep not a number", """ "keep": "many" """, "keep", "expected");
        yield return TargetSettings("an unknown setting", """ "rooot": "/srv" """, "rooot", "root");
        yield return new BadInputCase("releases directory without a root", [Deploy, "--yes"], ["environments.production.target.settings.root"])
        {
            Arrange = world =>
            {
                world.CommitConfig("""{ "environments": { "production": { "target": { "type": "releasesDirectory" } } } }""");
                return Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);
            },
        };

        // Arguments.
        yield return new BadInputCase("unknown target", ["--target=Deploy-Nowhere"], ["Unknown target 'Deploy-Nowhere'"]);
        yield return new BadInputCase("unknown environment", ["--target=Deploy-Staging", "--yes"], ["Unknown target 'Deploy-Staging'"]);
        yield return new BadInputCase("bad verbosity", [Release, "--verbosity=loud"], ["--verbosity=loud", "expected quiet, minimal, normal, verbose or diagnostic"]);
        yield return new BadInputCase("--version not SemVer", [Release, "--version=abc"], ["--version", "abc", "SemVer"]);
        yield return new BadInputCase("--version below the last release", [Release, "--version=0.9.0"], ["--version", "0.9.0", "1.0.0"]);
        yield return new BadInputCase("--version equal to the last release", [Release, "--version=1.0.0"], ["--version", "1.0.0"]);
        yield return new BadInputCase("--working names a missing folder", [Release, "--working=/nonexistent/liftoff-reliability"], ["--working", "/nonexistent/liftoff-reliability"]);
        // Deploy-<Env> alone builds nothing (--exclusive runs the deploy without its stages), so it needs --artifact.
        yield return new BadInputCase("deploy alone without --artifact", [Deploy, "--yes", "--exclusive"], ["--artifact is required"]);
        yield return new BadInputCase("missing artifact", [Deploy, "--yes", "--artifact=nowhere/manifest.json"], ["nowhere/manifest.json"]);
        yield return new BadInputCase("artifact archive missing", [Deploy, "--yes"], ["site-1.1.0.tar.gz", "does not exist"])
        {
            Arrange = world =>
            {
                File.Delete(Path.Combine(Path.GetDirectoryName(world.Artifact)!, "site-1.1.0.tar.gz"));
                return Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);
            },
        };
        yield return new BadInputCase("artifact checksum mismatch", [Deploy, "--yes"], ["site-1.1.0.tar.gz", "sha256", "manifest records"])
        {
            Arrange = world =>
            {
                using (var archive = File.OpenWrite(Path.Combine(Path.GetDirectoryName(world.Artifact)!, "site-1.1.0.tar.gz")))
                {
                    archive.Seek(-1, SeekOrigin.End);
                    archive.WriteByte(0x42);
                }

                return Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);
            },
        };
        yield return new BadInputCase("artifact manifest not JSON", [Deploy, "--yes"], ["manifest.json"])
        {
            Arrange = world =>
            {
                File.WriteAllText(world.Artifact, "{ not json");
                return Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);
            },
        };
        yield return new BadInputCase("promotion check skipped without a reason", [Deploy, "--yes", "--skip-promotion-check"], ["--skip-promotion-check", "--reason"])
        {
            Arrange = ArtifactArgument,
        };
        yield return new BadInputCase("protected environment without --yes in CI", [Deploy], ["--yes", "production is protected"])
        {
            Arrange = ArtifactArgument,
        };
        yield return new BadInputCase("rollback to a version never deployed", ["--target=Rollback-Production", "--to=9.9.9"], ["9.9.9", "never ran"]);
        yield return new BadInputCase("build output outside the repository", ["--target=Build-Production", "--build.output=../outside"], ["build.output", "../outside", "not inside the working folder"]);
        yield return new BadInputCase("changelog path outside the repository", [Release, "--release.changelog.path=../CHANGELOG.md"], ["release.changelog.path", "../CHANGELOG.md"]);
        yield return new BadInputCase("bump file outside the repository", [Release], ["../version.txt"])
        {
            Arrange = world =>
            {
                world.CommitConfig(world.ConfigWith("""
                    "release": { "bumpFiles": [ { "path": "../version.txt", "kind": "regex", "pattern": "(?<version>\\d+\\.\\d+\\.\\d+)" } ] }
                    """));
                return NoArguments;
            },
        };
        yield return new BadInputCase("release asset outside the repository", [Release, "--github.required=true"], ["release.assets", "../"])
        {
            Arrange = world =>
            {
                File.WriteAllText(Path.Combine(world.Deploy.Sandbox.Root, "secret.txt"), "not for the release");
                world.CommitConfig(world.ConfigWith(""" "release": { "assets": ["../secret.txt"] } """));
                return Task.FromResult(GitHub(world));
            },
            Variables = TokenVariables,
        };

        // GitHub.
        yield return new BadInputCase("missing token where GitHub is required", [Release, "--github.required=true"], ["github.required", "GITHUB_TOKEN"]);
        yield return new BadInputCase("unreachable GitHub URL", ["--target=Check-Review", "--github.maxRetries=0", "--github.apiUrl=http://127.0.0.1:9/", "--github.owner=acme", "--github.repository=site"],
            ["127.0.0.1:9", "acme/site"])
        {
            Variables = TokenVariables,
        };

        // The repository's state.
        yield return new BadInputCase("a dirty tree", ["--target=Check-Branch"], ["uncommitted", "README.md"])
        {
            Arrange = world =>
            {
                File.AppendAllText(Path.Combine(world.Path, "README.md"), "a local edit\n");
                return NoArguments;
            },
        };
        yield return new BadInputCase("a tag at another commit, here", [Release], ["Tag v1.1.0 already exists here", "not at HEAD"])
        {
            Arrange = world =>
            {
                var sandbox = world.Deploy.Sandbox;
                sandbox.Checkout("side", create: true);
                sandbox.History().Commit("feat: elsewhere").Tag("v1.1.0");
                sandbox.Checkout("main");
                return NoArguments;
            },
        };
        yield return new BadInputCase("a tag at another commit, on origin", [Release], ["Tag v1.1.0 already exists on origin", "not at HEAD"])
        {
            Arrange = world =>
            {
                var sandbox = world.Deploy.Sandbox;
                sandbox.Checkout("side", create: true);
                sandbox.History().Commit("feat: elsewhere").Tag("v1.1.0");
                sandbox.Git("push", "--quiet", "origin", "refs/tags/v1.1.0");
                sandbox.Git("tag", "-d", "v1.1.0");
                sandbox.Checkout("main");
                sandbox.Git("branch", "-D", "side");
                return NoArguments;
            },
        };
        yield return new BadInputCase("a non-fast-forward push", [Release], ["origin/main", "the remote has commits this clone lacks"])
        {
            Arrange = world =>
            {
                var other = world.Deploy.Sandbox.CloneAgain();
                other.History().Commit("fix: pushed by someone else").Push();
                return NoArguments;
            },
        };
        yield return new BadInputCase("not a release branch", [Release], ["feature/x", "may not release"])
        {
            Arrange = world =>
            {
                world.Deploy.Sandbox.Checkout("feature/x", create: true);
                return NoArguments;
            },
        };
        yield return new BadInputCase("a deploy lock held by another run", [Deploy, "--yes"], ["Deploy-Production is locked by"])
        {
            Arrange = async world =>
            {
                var store = new Liftoff.Records.RefStore.GitRefStore(world.Path, environment: world.Deploy.Sandbox.Environment);
                await new Liftoff.Records.Locks.DeployLock(store).AcquireAsync("production", "another-run");
                return [$"--artifact={world.Artifact}"];
            },
        };

        // Commit messages.
        yield return CommitMessage("a huge commit message", "feat: " + new string('x', 300) + "\n\n" + string.Concat(Enumerable.Repeat("A very long body line. ", 200_000)));
        yield return CommitMessage("non-UTF-8 bytes in a commit message", "feat: caf\u00e9 \uFFFD", rawBytes: [.. Encoding.UTF8.GetBytes("feat: caf"), 0xE9, 0xFF, .. Encoding.UTF8.GetBytes(" latin-1\n")]);
        yield return CommitMessage("control characters in a commit message", "feat: \u001b[2J\u001b[31mred\u0007 bell\u0008 back \u001b]0;title\u0007");
    }

    private static readonly IReadOnlyDictionary<string, string?> TokenVariables = new Dictionary<string, string?> { ["GITHUB_TOKEN"] = "reliability-token" };

    private static Task<string[]> NoArguments => Task.FromResult<string[]>([]);

    private static Task<string[]> ArtifactArgument(BadInputWorld world) => Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);

    private static string[] GitHub(BadInputWorld world) =>
        [$"--github.apiUrl={world.Server.ApiUri}", "--github.owner=acme", "--github.repository=site"];

    private static BadInputCase Config(string name, string json, params string[] expected) =>
        new("liftoff.json: " + name, [Release], expected)
        {
            Arrange = world =>
            {
                world.CommitConfig(json);
                return NoArguments;
            },
        };

    private static BadInputCase TargetSettings(string name, string setting, params string[] expected) =>
        new("target settings: " + name, [Deploy, "--yes"], ["environments.production.target", .. expected])
        {
            Arrange = world =>
            {
                world.CommitConfig($$"""{ "environments": { "production": { "target": { "type": "releasesDirectory", "settings": { "root": "{{world.Deploy.ProductionRoot}}", {{setting}} } } } } }""");
                return Task.FromResult<string[]>([$"--artifact={world.Artifact}"]);
            },
        };

    /// <summary>
    /// A commit message already pushed cannot be refused without blocking every later release, so these cases are
    /// hostile but valid input: <c>Release --dryrun</c> must read the history, render the notes, succeed, print no raw
    /// control character and no stack trace, and change nothing.
    /// </summary>
    private static BadInputCase CommitMessage(string name, string message, byte[]? rawBytes = null) =>
        new("commit message: " + name, [Release, "--dryrun"], ["## [1.1.0]"])
        {
            Refused = false,
            Arrange = world =>
            {
                var sandbox = world.Deploy.Sandbox;
                var file = Path.Combine(sandbox.Root, "message.txt");
                if (rawBytes is null)
                {
                    File.WriteAllText(file, message);
                }
                else
                {
                    File.WriteAllBytes(file, rawBytes);
                }

                sandbox.Git("commit", "--allow-empty", "--quiet", "--cleanup=verbatim", "-F", file);
                sandbox.Push();
                return NoArguments;
            },
        };
}
