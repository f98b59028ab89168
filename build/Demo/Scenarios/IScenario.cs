namespace Build.Demo.Scenarios;

/// <summary>One of the mission's deployment scenarios: what it does through the sample's build.sh, and how the ledger shows it worked.</summary>
internal interface IScenario
{
    /// <summary>A short name for the verdict line, for example <c>Staged</c>.</summary>
    string Name { get; }

    /// <summary>What the scenario shows, and how it meets the promotion rules, for the banner before it runs.</summary>
    IReadOnlyList<string> Story { get; }

    /// <summary>Commits what the scenario needs and runs the sample's commands.</summary>
    Task<ScenarioRun> RunAsync(ScenarioContext context);

    /// <summary>Decides from the ledger (and the exit codes) whether the scenario behaved as the mission expects.</summary>
    Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run);
}
