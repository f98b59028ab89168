namespace Liftoff.Gates;

/// <summary>The verdicts of one run, in the order the gates ran. One per gate: a gate that runs again replaces its verdict.</summary>
public sealed class GateReport
{
    private readonly List<GateResult> _results = [];

    /// <summary>The verdicts in order.</summary>
    public IReadOnlyList<GateResult> Results => _results;

    /// <summary>Whether any gate failed.</summary>
    public bool AnyFailed => _results.Exists(result => result.Verdict == Verdict.Fail);

    /// <summary>Records a verdict, replacing an earlier one from the same gate.</summary>
    public void Record(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _results.RemoveAll(existing => existing.Gate.Equals(result.Gate, StringComparison.OrdinalIgnoreCase));
        _results.Add(result);
    }
}
