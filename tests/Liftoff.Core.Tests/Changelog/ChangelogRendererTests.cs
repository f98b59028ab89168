using Liftoff.Changelog;
using static Liftoff.Core.Tests.Changelog.ReleaseNotesFixture;

namespace Liftoff.Core.Tests.Changelog;

public sealed class ChangelogRendererTests
{
    private static readonly ChangelogLinks Links = new(new Uri("https://github.com/acme/site"));

    [Test]
    public void RenderSection_WithGitHubLinks_MatchesExpectedMarkdown()
    {
        const string expected = """
            ## [1.5.0](https://github.com/acme/site/compare/v1.4.5...v1.5.0) - 2026-11-23

            ### ⚠ BREAKING CHANGES

            - **api:** /v1 is gone; use /v2. ([4444444](https://github.com/acme/site/commit/4444444444444444444444444444444444444444))

            ### Features

            - **api:** drop the v1 endpoints ([4444444](https://github.com/acme/site/commit/4444444444444444444444444444444444444444))
            - **auth:** add login ([6666666](https://github.com/acme/site/commit/6666666666666666666666666666666666666666)) ([#77](https://github.com/acme/site/pull/77))

            ### Bug Fixes

            - token expiry ([2222222](https://github.com/acme/site/commit/2222222222222222222222222222222222222222)) ([#78](https://github.com/acme/site/pull/78))

            ### Performance

            - **db:** cache the manifest ([1111111](https://github.com/acme/site/commit/1111111111111111111111111111111111111111))

            ### Reverts

            - Revert "feat: add dark mode" ([7777777](https://github.com/acme/site/commit/7777777777777777777777777777777777777777))

            """;

        var markdown = ChangelogRenderer.RenderSection(Mixed(), Links);

        Assert.That(markdown, Is.EqualTo(expected.ReplaceLineEndings("\n")));
    }

    [Test]
    public void RenderSection_WithoutLinks_WritesPlainText()
    {
        const string expected = """
            ## [1.5.0] - 2026-11-23

            ### Features

            - **auth:** add login (6666666) (#77)

            ### Bug Fixes

            - token expiry (2222222)

            """;
        var notes = Notes("v1.4.5", Commit('6', "feat(auth): add login (#77)"), Commit('2', "fix: token expiry"));

        var markdown = ChangelogRenderer.RenderSection(notes, links: null);

        Assert.That(markdown, Is.EqualTo(expected.ReplaceLineEndings("\n")));
    }

    [Test]
    public void RenderSection_FirstRelease_LinksTheTagInsteadOfACompare()
    {
        var notes = Notes(previousTag: null, Commit('6', "feat: first"));

        var markdown = ChangelogRenderer.RenderSection(notes, Links);

        Assert.That(markdown, Does.StartWith("## [1.5.0](https://github.com/acme/site/tree/v1.5.0) - 2026-11-23\n"));
    }

    [Test]
    public void RenderBody_SameNotes_IsTheSectionWithoutItsHeading()
    {
        var notes = Mixed();

        var body = ChangelogRenderer.RenderBody(notes, Links);
        var section = ChangelogRenderer.RenderSection(notes, Links);

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.StartWith("### ⚠ BREAKING CHANGES\n\n"));
            Assert.That(body, Does.Not.Contain("## ["));
            Assert.That(section, Does.EndWith("\n\n" + body));
        });
    }

    [Test]
    public void RenderSection_MultiLineNote_IndentsItsLinesInsideTheListItem()
    {
        var notes = Notes("v1.4.5", Commit('4', "feat!: new config\n\nBREAKING CHANGE: keys renamed:\nold.key is now new.key"));

        var markdown = ChangelogRenderer.RenderSection(notes, links: null);

        Assert.That(markdown, Does.Contain("- keys renamed:\n  old.key is now new.key (4444444)\n"));
    }
}
