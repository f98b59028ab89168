namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's resources. Each resource group has its own store with its own lock, so a new group (pulls,
/// statuses, deployments...) is one more store here and never touches the others.
/// </summary>
public sealed class RepoState
{
    internal RepoState(string owner, string name, GitHubState server)
    {
        Owner = owner;
        Name = name;
        Releases = new ReleaseStore(server);
        Refs = new GitRefStore();
        Tags = new GitTagStore(server.Time);
        Pulls = new PullStore(server);
        Statuses = new CommitStatusStore(server);
        Issues = new IssueStore(server);
        Comments = new IssueCommentStore(server);
        Deployments = new DeploymentStore(server);
    }

    /// <summary>The owner as first named.</summary>
    public string Owner { get; }

    /// <summary>The repository name as first named.</summary>
    public string Name { get; }

    /// <summary>Releases and their assets.</summary>
    public ReleaseStore Releases { get; }

    /// <summary>Git references (<c>refs/heads/*</c>, <c>refs/tags/*</c>, any other namespace).</summary>
    public GitRefStore Refs { get; }

    /// <summary>Annotated tag objects.</summary>
    public GitTagStore Tags { get; }

    /// <summary>Pull requests and their reviews.</summary>
    public PullStore Pulls { get; }

    /// <summary>Commit statuses and check runs.</summary>
    public CommitStatusStore Statuses { get; }

    /// <summary>Issues (pull requests included, as on GitHub).</summary>
    public IssueStore Issues { get; }

    /// <summary>Comments on issues and pull requests.</summary>
    public IssueCommentStore Comments { get; }

    /// <summary>Deployments and their statuses.</summary>
    public DeploymentStore Deployments { get; }

    /// <summary>
    /// The number a new issue gets: one past the highest issue or pull request number, since they share one
    /// sequence on GitHub.
    /// </summary>
    public int NextIssueNumber() =>
        Math.Max(Issues.All().Select(i => i.Number).DefaultIfEmpty().Max(), Pulls.HighestNumber()) + 1;

    /// <summary>Whether issue or pull request <paramref name="number"/> exists, so it can be commented on.</summary>
    public bool HasIssueOrPull(int number) => Issues.Get(number) is not null || Pulls.Get(number) is not null;
}
