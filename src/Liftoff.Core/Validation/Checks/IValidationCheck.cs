namespace Liftoff.Validation.Checks;

/// <summary>A declared check, ready to run once per round.</summary>
internal interface IValidationCheck
{
    CheckKind Kind { get; }

    string Name { get; }

    /// <summary>Runs the check once. Never throws for a failure of the environment: that is a Fail result.</summary>
    Task<CheckResult> RunAsync(CancellationToken cancellationToken);
}
