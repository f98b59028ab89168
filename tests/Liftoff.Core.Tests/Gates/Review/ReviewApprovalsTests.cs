using Liftoff.Gates.Review;
using Liftoff.GitHub.Reviews;

namespace Liftoff.Core.Tests.Gates.Review;

public sealed class ReviewApprovalsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void From_LatestVerdictPerReviewer_Counts()
    {
        var approvals = ReviewApprovals.From(
        [
            new GitHubReview(1, "alice", ReviewState.Approved, T0),
            new GitHubReview(2, "bob", ReviewState.ChangesRequested, T0.AddMinutes(1)),
            new GitHubReview(3, "bob", ReviewState.Approved, T0.AddMinutes(2)),
            new GitHubReview(4, "carol", ReviewState.Approved, T0.AddMinutes(3)),
            new GitHubReview(5, "carol", ReviewState.ChangesRequested, T0.AddMinutes(4)),
            new GitHubReview(6, "dave", ReviewState.Commented, T0.AddMinutes(5)),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(approvals.Approvers, Is.EqualTo(new[] { "alice", "bob" }));
            Assert.That(approvals.ChangesRequestedBy, Is.EqualTo(new[] { "carol" }));
        });
    }

    [Test]
    public void From_DismissedApproval_NoLongerCounts()
    {
        var approvals = ReviewApprovals.From(
        [
            new GitHubReview(1, "alice", ReviewState.Approved, T0),
            new GitHubReview(2, "alice", ReviewState.Dismissed, T0.AddMinutes(1)),
        ]);

        Assert.That(approvals.Count, Is.Zero);
    }

    [Test]
    public void From_PendingAndCommented_CountNeitherWay()
    {
        var approvals = ReviewApprovals.From(
        [
            new GitHubReview(1, "alice", ReviewState.Approved, T0),
            new GitHubReview(2, "alice", ReviewState.Pending, null),
            new GitHubReview(3, "alice", ReviewState.Commented, T0.AddMinutes(2)),
        ]);

        Assert.That(approvals.Approvers, Is.EqualTo(new[] { "alice" }));
    }
}
