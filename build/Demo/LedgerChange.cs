using Liftoff.Records.Ledger;
using Liftoff.Records.RefStore;

namespace Build.Demo;

/// <summary>
/// The ledger before and after a scenario, read with Liftoff.Core's own reader from the sandbox's origin, where the
/// deploys wrote it. A scenario is judged on the records it added, never on what the runs printed.
/// </summary>
internal sealed class LedgerChange(IReadOnlyList<DeploymentRecord> before, IReadOnlyList<DeploymentRecord> after)
{
    public IReadOnlyList<DeploymentRecord> Before => before;

    public IReadOnlyList<DeploymentRecord> After => after;

    /// <summary>The records the scenario added, newest first.</summary>
    public IReadOnlyList<DeploymentRecord> Added { get; } = [.. after.Where(record => before.All(old => old.Id != record.Id))];

    public static Task<IReadOnlyList<DeploymentRecord>> ReadAsync(DemoSandbox sandbox) =>
        new DeploymentLedger(new GitRefStore(sandbox.Origin, "origin", environment: sandbox.Git.Environment)).ReadAllAsync();

    /// <summary>The records the scenario added for one environment, newest first.</summary>
    public IReadOnlyList<DeploymentRecord> AddedIn(string environment) => LedgerQueries.History(Added, environment);

    /// <summary>The newest record the scenario added with this outcome in this environment, or null.</summary>
    public DeploymentRecord? AddedWith(string environment, DeploymentOutcome outcome) =>
        AddedIn(environment).FirstOrDefault(record => record.Outcome == outcome);

    /// <summary>The version the environment ran before the scenario, according to the ledger.</summary>
    public string? RanBefore(string environment) => LedgerQueries.Current(before, environment)?.Version;

    /// <summary>The version the environment runs after the scenario, according to the ledger.</summary>
    public string? RunsAfter(string environment) => LedgerQueries.Current(after, environment)?.Version;
}
