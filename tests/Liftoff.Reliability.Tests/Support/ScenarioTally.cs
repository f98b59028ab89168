using System.Globalization;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// Counts a scenario's trials: each one runs, holds or fails with a reason, and the scenario goes on so that its row
/// reports every trial. <see cref="Complete"/> writes the row and then fails the test if any trial failed.
/// </summary>
public sealed class ScenarioTally(string scenario)
{
    private const int FailuresShown = 5;
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _trials;
    private int _held;

    public string Scenario { get; } = scenario;

    public int Trials => Volatile.Read(ref _trials);

    public int Held => Volatile.Read(ref _held);

    public int Failed => Trials - Held;

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Runs one trial; a <see cref="TrialFailedException"/> or any other exception counts it as failed.</summary>
    public async Task RunAsync(string label, Func<Task> trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        Interlocked.Increment(ref _trials);
        try
        {
            await trial();
            Interlocked.Increment(ref _held);
        }
        catch (Exception error) when (error is not OperationCanceledException || error is TaskCanceledException)
        {
            Fail(label, error);
        }
    }

    /// <summary>Counts one trial decided elsewhere.</summary>
    public void Record(string label, bool held, string? why = null)
    {
        Interlocked.Increment(ref _trials);
        if (held)
        {
            Interlocked.Increment(ref _held);
        }
        else
        {
            AddFailure($"{label}: {why}");
        }
    }

    /// <summary>Adds one to a named counter, for the figure (kill phases, retries…).</summary>
    public void Count(string name, int by = 1)
    {
        lock (_gate)
        {
            _counts[name] = _counts.GetValueOrDefault(name) + by;
        }
    }

    /// <summary>A named counter's value.</summary>
    public int Counter(string name)
    {
        lock (_gate)
        {
            return _counts.GetValueOrDefault(name);
        }
    }

    /// <summary>The counters as <c>name n · name n</c>, sorted by name.</summary>
    public string Counters()
    {
        lock (_gate)
        {
            return string.Join(" · ", _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value}")));
        }
    }

    /// <summary>Writes the row and fails the test, listing the first failures, when any trial failed.</summary>
    public void Complete(string figure)
    {
        ResultsFile.Write(new ScenarioRow(Scenario, Trials, Held, Failed, figure, Support.Trials.Full));
        Assert.That(Trials, Is.Positive, $"{Scenario} ran no trial");
        Assert.That(Failed, Is.Zero, $"{Scenario}: {Failed} of {Trials} trials failed:\n" + string.Join("\n", Failures.Take(FailuresShown)));
    }

    private void Fail(string label, Exception error)
    {
        var why = error is TrialFailedException ? error.Message : error.ToString();
        AddFailure($"{label}: {why}");
    }

    private void AddFailure(string failure)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }

        TestContext.Progress.WriteLine($"{Scenario} · {failure}: FAILED");
    }
}
