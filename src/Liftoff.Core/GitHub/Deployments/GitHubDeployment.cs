namespace Liftoff.GitHub.Deployments;

/// <summary>A deployment on GitHub.</summary>
/// <param name="Id">Its id, for statuses.</param>
/// <param name="Ref">The ref it deployed (Liftoff uses the artifact's commit sha).</param>
/// <param name="Environment">The environment, e.g. <c>production</c>.</param>
/// <param name="Task">The task: <c>deploy</c>, or <c>deploy:rollback</c> for a version restored by a rollback.</param>
/// <param name="Version">The version in its payload.</param>
/// <param name="Created">True when this call made it; false when an earlier attempt or run had.</param>
public sealed record GitHubDeployment(long Id, string Ref, string Environment, string Task, string? Version, bool Created);
