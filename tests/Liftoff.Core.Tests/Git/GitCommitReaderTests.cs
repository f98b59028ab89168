using System.Text;
using Liftoff.Git;

namespace Liftoff.Core.Tests.Git;

public sealed class GitCommitReaderTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4096)]
    public async Task ReadAsync_OutputArrivingInSmallPieces_SplitsFieldsAcrossReads(int piece)
    {
        var output = "aaaa\0\0root message\n\0bbbb\0aaaa\0feat: ü\n\nbody\n\0cccc\0aaaa bbbb\0Merge branch 'x'\n\0";
        await using var stream = new TrickleStream(Encoding.UTF8.GetBytes(output), piece);

        var commits = new List<GitCommit>();
        await foreach (var commit in GitCommitReader.ReadAsync(stream))
        {
            commits.Add(commit);
        }

        Assert.That(commits, Has.Count.EqualTo(3));
        Assert.That(commits[0], Is.EqualTo(new GitCommit("aaaa", [], "root message\n")).Using<GitCommit>(SameCommit));
        Assert.That(commits[1], Is.EqualTo(new GitCommit("bbbb", ["aaaa"], "feat: ü\n\nbody\n")).Using<GitCommit>(SameCommit));
        Assert.That(commits[2].ParentShas, Is.EqualTo(new[] { "aaaa", "bbbb" }));
    }

    [Test]
    public async Task ReadAsync_OutputCutInsideACommit_DropsThePartialCommit()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes("aaaa\0\0one\n\0bbbb\0aa"));

        var commits = new List<GitCommit>();
        await foreach (var commit in GitCommitReader.ReadAsync(stream))
        {
            commits.Add(commit);
        }

        Assert.That(commits.Select(commit => commit.Sha), Is.EqualTo(new[] { "aaaa" }));
    }

    private static bool SameCommit(GitCommit left, GitCommit right) =>
        left.Sha == right.Sha && left.Message == right.Message && left.ParentShas.SequenceEqual(right.ParentShas);

    /// <summary>Returns at most a few bytes per read, as a slow pipe does, to split UTF-8 characters and NULs across reads.</summary>
    private sealed class TrickleStream(byte[] data, int piece) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(piece, buffer.Length)], cancellationToken);
    }
}
