using Liftoff.Changelog;
using Liftoff.Versioning;
using Semver;
using static Liftoff.Core.Tests.Changelog.ReleaseNotesFixture;

namespace Liftoff.Core.Tests.Changelog;

public sealed class ReleaseNotesBuilderTests
{
    [Test]
    public void Build_MixedCommits_OrdersSectionsBreakingFeaturesFixesPerformanceReverts()
    {
        var notes = Mixed();

        Assert.That(notes.Sections.Select(section => section.Title),
            Is.EqualTo(new[] { "⚠ BREAKING CHANGES", "Features", "Bug Fixes", "Performance", "Reverts" }));
    }

    [Test]
    public void Build_MergesChoresAndFreeText_LeavesThemOut()
    {
        var notes = Notes("v1.4.5", Commit('3', "chore: tidy"), Commit('5', "Merge branch 'x'"), Commit('8', "WIP"), Commit('9', "docs: typo"));

        Assert.That(notes.IsEmpty, Is.True);
    }

    [Test]
    public void Build_SubjectWithPullRequestSuffix_MovesTheNumberOutOfTheText()
    {
        var entry = Notes("v1.4.5", Commit('6', "feat(auth): add login (#77)")).Sections[0].Entries[0];

        Assert.Multiple(() =>
        {
            Assert.That(entry.Scope, Is.EqualTo("auth"));
            Assert.That(entry.Text, Is.EqualTo("add login"));
            Assert.That(entry.PullRequest, Is.EqualTo(77));
            Assert.That(entry.ShortSha, Is.EqualTo("6666666"));
        });
    }

    [Test]
    public void Build_ControlCharactersInTheSubject_AreReplacedSoNothingReachesATerminalOrTheChangelog()
    {
        var entry = Notes("v1.4.5", Commit('6', "feat: \u001b[2Jred\u0007 bell\r back")).Sections[0].Entries[0];

        Assert.That(entry.Text, Is.EqualTo("\uFFFD[2Jred\uFFFD bell\uFFFD back"));
    }

    [Test]
    public void Build_UpperCaseType_StillFindsItsSection()
    {
        var notes = Notes("v1.4.5", Commit('2', "FIX: shouted"));

        Assert.That(notes.Sections.Single().Title, Is.EqualTo("Bug Fixes"));
    }

    [Test]
    public void Build_BangWithoutFooter_ListsTheSubjectAsTheBreakingNote()
    {
        var notes = Notes("v1.4.5", Commit('4', "refactor(core)!: rename everything (#90)"));

        var entry = notes.Sections.Single().Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(notes.Sections.Single().Title, Is.EqualTo(ChangelogSection.BreakingChanges));
            Assert.That(entry, Is.EqualTo(new ChangelogEntry("core", "rename everything", new string('4', 40), 90)));
        });
    }

    [Test]
    public void Build_NextVersionResult_TakesVersionTagsAndCommitsFromIt()
    {
        var result = new NextVersionResult
        {
            Version = SemVersion.Parse("1.5.0"),
            TagName = "v1.5.0",
            LastRelease = new ReleaseTag("v1.4.5", SemVersion.Parse("1.4.5"), new string('0', 40)),
            Branch = "main",
            Commits = [Commit('6', "feat: add login")],
            Reason = "minor: 1 feat",
        };

        var notes = ReleaseNotesBuilder.Build(result, Date);

        Assert.Multiple(() =>
        {
            Assert.That((notes.Version, notes.TagName, notes.PreviousTagName, notes.Date), Is.EqualTo(("1.5.0", "v1.5.0", "v1.4.5", Date)));
            Assert.That(notes.Sections.Single().Entries.Single().Text, Is.EqualTo("add login"));
        });
    }

    [Test]
    public void Build_NoRelease_ThrowsWithTheReason()
    {
        var result = new NextVersionResult { Branch = "main", Reason = "no release: no commits since v1.4.5" };

        Assert.That(() => ReleaseNotesBuilder.Build(result, Date),
            Throws.ArgumentException.With.Message.StartWith("There is no release to write notes for: no release: no commits since v1.4.5"));
    }
}
