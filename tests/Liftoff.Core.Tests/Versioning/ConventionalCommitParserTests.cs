using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.Core.Tests.Versioning;

public sealed class ConventionalCommitParserTests
{
    // message, type, scope, subject, breaking, revert, merge
    [TestCase("feat: add login", "feat", null, "add login", false, false, false)]
    [TestCase("fix(auth): token expiry", "fix", "auth", "token expiry", false, false, false)]
    [TestCase("feat(api)!: drop the v1 endpoints", "feat", "api", "drop the v1 endpoints", true, false, false)]
    [TestCase("refactor!: rename everything", "refactor", null, "rename everything", true, false, false)]
    [TestCase("chore(deps): bump Polly", "chore", "deps", "bump Polly", false, false, false)]
    [TestCase("docs: fix a typo", "docs", null, "fix a typo", false, false, false)]
    [TestCase("perf: cache the manifest", "perf", null, "cache the manifest", false, false, false)]
    [TestCase("FEAT: shouted", "FEAT", null, "shouted", false, false, false)]
    [TestCase("Fix(UI): capitalised", "Fix", "UI", "capitalised", false, false, false)]
    [TestCase("feat(): empty scope", "feat", null, "empty scope", false, false, false)]
    [TestCase("feat(ui,api): two scopes", "feat", "ui,api", "two scopes", false, false, false)]
    [TestCase("feat: with a footer\n\nBREAKING CHANGE: config keys renamed", "feat", null, "with a footer", true, false, false)]
    [TestCase("fix: hyphenated\n\nBREAKING-CHANGE: the token goes", "fix", null, "hyphenated", true, false, false)]
    [TestCase("docs: lower case\n\nbreaking change: the parser matches without case", "docs", null, "lower case", true, false, false)]
    [TestCase("fix: windows\r\n\r\nBREAKING CHANGE: crlf line ends", "fix", null, "windows", true, false, false)]
    [TestCase("build: bullet\n\n* BREAKING CHANGE: a bulleted note", "build", null, "bullet", true, false, false)]
    [TestCase("fix: mention\n\nThis is not a BREAKING CHANGE: it is mid-line", "fix", null, "mention", false, false, false)]
    [TestCase("fix: plural\n\nBREAKING CHANGES: not the keyword", "fix", null, "plural", false, false, false)]
    [TestCase("feat: paragraphs\n\nFirst paragraph.\n\nSecond paragraph.\n\nRefs: #12", "feat", null, "paragraphs", false, false, false)]
    [TestCase("Revert \"feat: add login\"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.", null, null, "Revert \"feat: add login\"", false, true, false)]
    [TestCase("revert: feat: add login", "revert", null, "feat: add login", false, true, false)]
    [TestCase("Merge pull request #12 from acme/feature\n\nfeat: add login", null, null, "Merge pull request #12 from acme/feature", false, false, true)]
    [TestCase("Merge branch 'feature/login'", null, null, "Merge branch 'feature/login'", false, false, true)]
    [TestCase("Merge branch 'feature' into 'main'", null, null, "Merge branch 'feature' into 'main'", false, false, true)]
    [TestCase("Merged PR 42: feat: add login", null, null, "Merged PR 42: feat: add login", false, false, true)]
    [TestCase("update the readme", null, null, "update the readme", false, false, false)]
    [TestCase("feat add login", null, null, "feat add login", false, false, false)]
    [TestCase("feat:add login", null, null, "feat:add login", false, false, false)]
    [TestCase(": no type", null, null, ": no type", false, false, false)]
    [TestCase("WIP", null, null, "WIP", false, false, false)]
    [TestCase("", null, null, "", false, false, false)]
    public void Parse_Message_ReadsHeaderNotesRevertAndMerge(string message, string? type, string? scope, string subject, bool breaking, bool revert, bool merge)
    {
        var commit = ConventionalCommitParser.Parse(message);

        Assert.Multiple(() =>
        {
            Assert.That(commit.Type, Is.EqualTo(type), "type");
            Assert.That(commit.Scope, Is.EqualTo(scope), "scope");
            Assert.That(commit.Subject, Is.EqualTo(subject), "subject");
            Assert.That(commit.IsBreaking, Is.EqualTo(breaking), "breaking");
            Assert.That(commit.IsRevert, Is.EqualTo(revert), "revert");
            Assert.That(commit.IsMerge, Is.EqualTo(merge), "merge");
            Assert.That(commit.IsConventional, Is.EqualTo(type is not null), "conventional");
        });
    }

    [Test]
    public void Parse_MultiParagraphBodyWithNoteAndTrailers_SplitsBodyFooterAndNote()
    {
        var commit = ConventionalCommitParser.Parse(
            "feat(config)!: layered configuration\n\nFirst paragraph\nstill first.\n\nSecond paragraph.\n\n"
            + "BREAKING CHANGE: the old keys are gone\nand renamed.\nRefs: #12\nReviewed-by: Ada");

        Assert.Multiple(() =>
        {
            Assert.That(commit.Body, Is.EqualTo("First paragraph\nstill first.\n\nSecond paragraph."));
            Assert.That(commit.Footer, Is.EqualTo("BREAKING CHANGE: the old keys are gone\nand renamed.\nRefs: #12\nReviewed-by: Ada"));
            Assert.That(commit.Notes, Is.EqualTo(new[] { new CommitNote("BREAKING CHANGE", "the old keys are gone\nand renamed.") }));
        });
    }

    [Test]
    public void Parse_TrailerParagraphOnly_IsFooterNotBody()
    {
        var commit = ConventionalCommitParser.Parse("fix: x\n\nWhy it broke.\n\nRefs: #12\nSigned-off-by: Ada <ada@example.invalid>");

        Assert.That(commit.Body, Is.EqualTo("Why it broke."));
        Assert.That(commit.Footer, Is.EqualTo("Refs: #12\nSigned-off-by: Ada <ada@example.invalid>"));
        Assert.That(commit.IsBreaking, Is.False);
    }

    [Test]
    public void Parse_BangWithoutFooter_NoteIsTheSubject()
    {
        var commit = ConventionalCommitParser.Parse("feat!: drop Node 18");

        Assert.That(commit.Notes, Is.EqualTo(new[] { new CommitNote("BREAKING CHANGE", "drop Node 18") }));
    }

    [Test]
    public void Parse_BangWithFooter_KeepsTheFooterNoteOnly()
    {
        var commit = ConventionalCommitParser.Parse("feat!: drop Node 18\n\nBREAKING-CHANGE: Node 20 is the minimum");

        Assert.That(commit.Notes, Is.EqualTo(new[] { new CommitNote("BREAKING-CHANGE", "Node 20 is the minimum") }));
    }

    [Test]
    public void Parse_GitRevert_KeepsRevertedHeaderAndSha()
    {
        var commit = ConventionalCommitParser.Parse("Revert \"feat(api): add paging\"\n\nThis reverts commit 3f9a1c2d.\n");

        Assert.That(commit.Revert, Is.EqualTo(new RevertedCommit("feat(api): add paging", "3f9a1c2d")));
    }

    [Test]
    public void Parse_GitRevertWithEditedBody_IsStillARevert()
    {
        var commit = ConventionalCommitParser.Parse("Revert \"feat: add x\"\n\nIt broke production.");

        Assert.That(commit.Revert, Is.EqualTo(new RevertedCommit("feat: add x", null)));
    }

    [TestCase("feat(api): add paging (#77)", 77)]
    [TestCase("fix: squash merged (#5)  ", 5)]
    [TestCase("Merge pull request #12 from acme/feature", 12)]
    [TestCase("feat: refers to #77 but not as a suffix", null)]
    public void Parse_PullRequestReference_IsKept(string message, int? pullRequest)
    {
        Assert.That(ConventionalCommitParser.Parse(message).PullRequest, Is.EqualTo(pullRequest));
    }

    [Test]
    public void Parse_GitCommit_KeepsTheSha()
    {
        var commit = ConventionalCommitParser.Parse(new GitCommit("0123456789abcdef0123456789abcdef01234567", [], "feat: x\n"));

        Assert.That(commit.Sha, Is.EqualTo("0123456789abcdef0123456789abcdef01234567"));
        Assert.That(commit.Type, Is.EqualTo("feat"));
    }
}
