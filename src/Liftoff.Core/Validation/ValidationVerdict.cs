namespace Liftoff.Validation;

/// <summary>
/// A check's, a round's or a validation's answer. Fail-safe: no data is a Fail, and a check that cannot measure is
/// Inconclusive, which counts as a Fail unless <see cref="Configuration.ValidationOptions.InconclusiveAsFail"/> is false.
/// </summary>
public enum ValidationVerdict
{
    /// <summary>Measured, and within every expectation.</summary>
    Pass,

    /// <summary>
    /// Measured, within every fail threshold but over a warn threshold: "partial failure, monitor and fix forward".
    /// Recorded and shown, never rolled back.
    /// </summary>
    Degraded,

    /// <summary>Measured outside an expectation, or no data where data was expected.</summary>
    Fail,

    /// <summary>Could not measure: a connection error, a timeout, a command that could not start.</summary>
    Inconclusive,
}
