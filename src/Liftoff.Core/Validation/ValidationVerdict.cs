namespace Liftoff.Validation;

/// <summary>A check's, a round's or a validation's answer. Fail-safe: an error, a timeout or no data is a Fail.</summary>
public enum ValidationVerdict
{
    /// <summary>Measured, and within every expectation.</summary>
    Pass,

    /// <summary>Outside an expectation, or could not be measured.</summary>
    Fail,
}
