using Cake.Core;

namespace Liftoff.Cake.CommandLine;

/// <summary>
/// Cake's arguments, falling back to the environment: an argument <c>--skip-promotion-check</c> not given on the
/// command line is read from <c>LIFTOFF_SKIP_PROMOTION_CHECK</c>. CI systems set variables more easily than they
/// edit command lines. The prefix keeps a plain name such as <c>path</c> from picking up <c>PATH</c>.
/// </summary>
public sealed class EnvironmentFallbackArguments(ILookup<string, string> arguments, Func<string, string?> environment)
    : ICakeArguments
{
    private readonly CakeArguments _commandLine = new(arguments);

    /// <summary>The environment variable an argument falls back to.</summary>
    public static string VariableFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "LIFTOFF_" + name.Replace('-', '_').Replace('.', '_').ToUpperInvariant();
    }

    /// <inheritdoc />
    public bool HasArgument(string name) => _commandLine.HasArgument(name) || environment(VariableFor(name)) is not null;

    /// <inheritdoc />
    public ICollection<string> GetArguments(string name)
    {
        if (_commandLine.HasArgument(name))
        {
            return _commandLine.GetArguments(name);
        }

        var fallback = environment(VariableFor(name));
        return fallback is null ? [] : [fallback];
    }

    /// <inheritdoc />
    public IDictionary<string, ICollection<string>> GetArguments() => _commandLine.GetArguments();
}
