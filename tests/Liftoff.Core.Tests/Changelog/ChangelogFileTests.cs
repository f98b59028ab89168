using System.Text;
using Liftoff.Changelog;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Changelog;

public sealed class ChangelogFileTests
{
    private const string Section150 = "## [1.5.0] - 2026-11-23\n\n### Features\n\n- add login (6666666)\n";

    private const string Older = """
        # Changelog

        Hand-written intro, kept as is.

        ## [1.4.5] - 2026-10-01

        ### Bug Fixes

        - old fix (1234567)   

        ## 1.4.0 - 2026-09-01

        - hand edited entry

        [1.4.5]: https://example.com/1.4.5

        """;

    [Test]
    public async Task PrependAsync_MissingFile_CreatesItWithTheStandardHeader()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.Combine("docs", "CHANGELOG.md");

        var outcome = await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ChangelogWriteOutcome.Created));
            Assert.That(File.ReadAllText(path), Is.EqualTo("""
                # Changelog

                All notable changes to this project will be documented in this file.

                The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
                and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

                ## [1.5.0] - 2026-11-23

                ### Features

                - add login (6666666)

                """.ReplaceLineEndings("\n")));
        });
    }

    [Test]
    public async Task PrependAsync_TemporaryFileLeftByAKilledWrite_IsRemovedByTheNextWrite()
    {
        // Given a release killed between writing CHANGELOG.md's temporary sibling and renaming it (found by the
        // reliability suite's crash trials), and an unrelated file that only looks similar
        using var directory = TempDirectory.Create("changelog");
        var path = directory.Combine("CHANGELOG.md");
        var leftover = directory.WriteFile($"CHANGELOG.md.{Guid.NewGuid():N}.tmp", "half a changelog");
        var unrelated = directory.WriteFile("CHANGELOG.md.backup.tmp", "mine");

        // When the re-run writes the changelog
        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        // Then the leftover is gone and nothing else was touched
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(leftover), Is.False);
            Assert.That(File.Exists(unrelated), Is.True);
            Assert.That(File.ReadAllText(path), Does.Contain("## [1.5.0]"));
        });
    }

    [Test]
    public async Task PrependAsync_ExistingFileWithOlderSections_InsertsNewestFirstAndKeepsTheRestByteForByte()
    {
        using var directory = TempDirectory.Create("changelog");
        var original = Older.ReplaceLineEndings("\n");
        var path = directory.WriteFile("CHANGELOG.md", original);
        var split = original.IndexOf("## [1.4.5]", StringComparison.Ordinal);

        var outcome = await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ChangelogWriteOutcome.Prepended));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes(original[..split] + Section150 + "\n" + original[split..])));
        });
    }

    [Test]
    public async Task PrependAsync_SameVersionTwice_WritesItOnce()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.WriteFile("CHANGELOG.md", Older.ReplaceLineEndings("\n"));
        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");
        var first = File.ReadAllBytes(path);

        var outcome = await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ChangelogWriteOutcome.Unchanged));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(first));
        });
    }

    [Test]
    public async Task PrependAsync_SameVersionWithOtherNotes_ReplacesThatSectionOnly()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.WriteFile("CHANGELOG.md", Older.ReplaceLineEndings("\n"));
        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");
        var updated = Section150 + "\n### Bug Fixes\n\n- late fix (2222222)\n";

        var outcome = await ChangelogFile.PrependAsync(path, updated, "1.5.0");

        var text = File.ReadAllText(path);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ChangelogWriteOutcome.Replaced));
            Assert.That(text, Does.Contain(updated + "\n## [1.4.5]"));
            Assert.That(text.Split("## [1.5.0]"), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public async Task PrependAsync_ExistingPlainHeadingForTheVersion_IsNotDuplicated()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.5.0 - 2026-11-20\n\n- hand written\n\n## [1.5.0-beta.1] - 2026-11-01\n");

        var outcome = await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ChangelogWriteOutcome.Replaced));
            Assert.That(File.ReadAllText(path), Is.EqualTo("# Changelog\n\n" + Section150 + "\n## [1.5.0-beta.1] - 2026-11-01\n"));
        });
    }

    [Test]
    public async Task PrependAsync_CrlfFile_KeepsCrlfEverywhere()
    {
        using var directory = TempDirectory.Create("changelog");
        var original = Older.ReplaceLineEndings("\r\n");
        var path = directory.WriteFile("CHANGELOG.md", original);

        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        var text = File.ReadAllText(path);
        Assert.Multiple(() =>
        {
            Assert.That(text.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain('\n'));
            Assert.That(text, Does.Contain(Section150.ReplaceLineEndings("\r\n") + "\r\n## [1.4.5]"));
            Assert.That(text, Does.EndWith(original[original.IndexOf("## [1.4.5]", StringComparison.Ordinal)..]));
        });
    }

    [Test]
    public async Task PrependAsync_UnreleasedSectionAndBom_StayOnTop()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.Combine("CHANGELOG.md");
        var body = "# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.4.5] - 2026-10-01\n";
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)]);

        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        var expected = "# Changelog\n\n## [Unreleased]\n\n- next\n\n" + Section150 + "\n## [1.4.5] - 2026-10-01\n";
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(expected))));
    }

    [Test]
    public async Task PrependAsync_HeaderOnly_AppendsAfterOneBlankLine()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.WriteFile("CHANGELOG.md", "# Changelog\n");

        await ChangelogFile.PrependAsync(path, Section150, "1.5.0");

        Assert.That(File.ReadAllText(path), Is.EqualTo("# Changelog\n\n" + Section150));
    }

    [Test]
    public async Task PrependAsync_DryRun_WritesNothing()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.WriteFile("CHANGELOG.md", Older);
        var missing = directory.Combine("MISSING.md");

        var existing = await ChangelogFile.PrependAsync(path, Section150, "1.5.0", dryRun: true);
        var created = await ChangelogFile.PrependAsync(missing, Section150, "1.5.0", dryRun: true);

        Assert.Multiple(() =>
        {
            Assert.That(existing, Is.EqualTo(ChangelogWriteOutcome.Prepended));
            Assert.That(created, Is.EqualTo(ChangelogWriteOutcome.Created));
            Assert.That(File.ReadAllText(path), Is.EqualTo(Older));
            Assert.That(File.Exists(missing), Is.False);
        });
    }

    [Test]
    public async Task WriteSectionAsync_OutputFile_HoldsOnlyTheNewSection()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.Combine("out", "notes.md");

        await ChangelogFile.WriteSectionAsync(path, Section150.ReplaceLineEndings("\r\n") + "\r\n");

        Assert.That(File.ReadAllText(path), Is.EqualTo(Section150));
    }

    [Test]
    public void PrependAsync_NotUtf8_ThrowsLiftoff0701()
    {
        using var directory = TempDirectory.Create("changelog");
        var path = directory.Combine("CHANGELOG.md");
        File.WriteAllBytes(path, [0x23, 0x20, 0xFF, 0xFE, 0x0A]);

        var exception = Assert.ThrowsAsync<Diagnostics.LiftoffException>(() => ChangelogFile.PrependAsync(path, Section150, "1.5.0"));

        Assert.That(exception!.Message, Is.EqualTo(
            $"LIFTOFF0701: The changelog '{path}' is not UTF-8 text, so it cannot be edited without damaging it. Convert it to UTF-8 or set release.changelog.path to another file."));
    }
}
