using Liftoff.Configuration.Validation;
using Liftoff.Diagnostics;

namespace Liftoff.Configuration;

/// <summary>The configuration is invalid. The message lists every problem; the process exits with
/// <see cref="ExitCodes.ConfigurationInvalid"/>.</summary>
public sealed class ConfigurationException : LiftoffException
{
    /// <summary>Creates the error from every problem found.</summary>
    public ConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(DiagnosticCodes.ConfigurationInvalid, ExitCodes.ConfigurationInvalid, Format(problems)) => Problems = problems;

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    private static string Format(IReadOnlyList<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"The configuration is invalid ({count}); nothing ran.\n"
            + string.Join("\n", problems.Select(problem => "  " + problem));
    }
}
