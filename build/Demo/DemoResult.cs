namespace Build.Demo;

/// <summary>How the demo ended: where its sandbox is, each scenario's verdict, and how long it took.</summary>
internal sealed record DemoResult(string Sandbox, IReadOnlyList<ScenarioVerdict> Verdicts, TimeSpan Elapsed, bool Kept)
{
    public bool AllPassed => Verdicts.Count > 0 && Verdicts.All(verdict => verdict.Passed);
}
