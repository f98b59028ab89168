namespace Build.Demo;

/// <summary>How a scenario ended, judged from the ledger: one line for the closing summary.</summary>
internal sealed record ScenarioVerdict(string Scenario, bool Passed, string Detail)
{
    public static ScenarioVerdict Pass(string scenario, string detail) => new(scenario, true, detail);

    public static ScenarioVerdict Fail(string scenario, string detail) => new(scenario, false, detail);

    public override string ToString() => $"{(Passed ? "✅" : "❌")} {Scenario}: {Detail}";
}
