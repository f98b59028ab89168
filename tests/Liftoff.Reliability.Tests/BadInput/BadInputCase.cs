namespace Liftoff.Reliability.Tests.BadInput;

/// <summary>
/// One bad input: what to break (<see cref="Arrange"/>, which may also return arguments that depend on the world),
/// the command line, and the words the message must hold: the file, key or argument, and what was expected.
/// </summary>
public sealed record BadInputCase(string Name, string[] Arguments, string[] Expected)
{
    /// <summary>
    /// False for hostile input that is valid (a commit message already in the history cannot be refused): the run
    /// must then succeed, print no raw control character and no stack trace, and change nothing (it is a dry run).
    /// </summary>
    public bool Refused { get; init; } = true;

    public Func<BadInputWorld, Task<string[]>>? Arrange { get; init; }

    /// <summary>Variables for the run, for example a malformed <c>LIFTOFF_GITHUB__MAXRETRIES</c>.</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; init; } = new Dictionary<string, string?>();

    public override string ToString() => Name;
}
