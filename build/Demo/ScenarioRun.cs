namespace Build.Demo;

/// <summary>The sample commands a scenario ran, each with its exit code and the exit code the scenario expected.</summary>
internal sealed class ScenarioRun
{
    private readonly List<(string Command, int ExitCode, int Expected)> _steps = [];

    public IReadOnlyList<(string Command, int ExitCode, int Expected)> Steps => _steps;

    /// <summary>Whether every command ended as expected.</summary>
    public bool AsExpected => _steps.All(step => step.ExitCode == step.Expected);

    /// <summary>The commands that did not end as expected, for a failing verdict.</summary>
    public string Unexpected => string.Join("; ", _steps.Where(step => step.ExitCode != step.Expected)
        .Select(step => $"./build.sh {step.Command} exited with {step.ExitCode}, expected {step.Expected}"));

    /// <summary>Runs one command of the sample and records how it ended.</summary>
    /// <returns>Whether it ended as expected, so a scenario stops at the first surprise.</returns>
    public async Task<bool> StepAsync(SampleRunner sample, IReadOnlyDictionary<string, string?> variables, int expected, params string[] arguments)
    {
        var exitCode = await sample.RunAsync(variables, arguments);
        _steps.Add((string.Join(" ", arguments), exitCode, expected));
        return exitCode == expected;
    }

    /// <inheritdoc cref="StepAsync(SampleRunner, IReadOnlyDictionary{string, string?}, int, string[])"/>
    public Task<bool> StepAsync(SampleRunner sample, params string[] arguments) =>
        StepAsync(sample, new Dictionary<string, string?>(), 0, arguments);
}
