using Cake.Core.Diagnostics;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.CommandLine;

/// <summary>
/// Reads the command line the way Cake does: <c>--name=value</c>, <c>--name value</c>, <c>--flag</c>, and the
/// short forms <c>-t</c>, <c>-v</c> and <c>-w</c>. Cake's own parser lives in Cake.Cli on top of
/// Spectre.Console.Cli, which the registry here does not serve, so this small reader stands in for it.
/// </summary>
public static class CommandLineParser
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["t"] = "target",
        ["v"] = "verbosity",
        ["w"] = "working",
        ["h"] = "help",
        ["?"] = "help",
    };

    private static readonly HashSet<string> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        "dryrun", "dry-run", "exclusive", "tree", "description", "version", "help", "showdescription", "showtree",
    };

    /// <summary>Parses the arguments, or throws a <see cref="LiftoffException"/> naming the bad one.</summary>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (value is null)
            {
                var next = i + 1 < args.Count ? args[i + 1] : null;
                var takesValue = !Switches.Contains(name) && next is not null && !next.StartsWith('-');
                value = takesValue ? next! : "true";
                i += takesValue ? 1 : 0;
            }

            pairs.Add(new(name, value));
        }

        return Build(pairs.ToLookup(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase));
    }

    private static (string Name, string? Value) Split(string token)
    {
        var body = token.StartsWith("--", StringComparison.Ordinal) ? token[2..]
            : token.StartsWith('-') ? token[1..]
            : throw BadArgument(token, "expected --name=value, --name value or --flag");
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? body : body[..equals];
        if (name.Length == 0)
        {
            throw BadArgument(token, "the argument has no name");
        }

        name = ShortNames.GetValueOrDefault(name, name);
        return (name, equals < 0 ? null : body[(equals + 1)..]);
    }

    private static ParsedCommandLine Build(ILookup<string, string> arguments)
    {
        var targets = arguments["target"].Where(t => t.Length > 0).ToList();
        return new ParsedCommandLine
        {
            Targets = targets.Count > 0 ? targets : ["Default"],
            Verbosity = ParseVerbosity(arguments["verbosity"].LastOrDefault()),
            DryRun = Flag(arguments, "dryrun") || Flag(arguments, "dry-run"),
            Exclusive = Flag(arguments, "exclusive"),
            Tree = Flag(arguments, "tree") || Flag(arguments, "showtree"),
            Description = Flag(arguments, "description") || Flag(arguments, "showdescription"),
            // Bare --version prints the version, as in Cake; --version=X.Y.Z is an argument (the release override).
            Version = arguments["version"].Any(value => value.Equals("true", StringComparison.OrdinalIgnoreCase)),
            Help = Flag(arguments, "help"),
            WorkingDirectory = arguments["working"].LastOrDefault(),
            Arguments = arguments,
        };
    }

    private static bool Flag(ILookup<string, string> arguments, string name)
    {
        var value = arguments[name].LastOrDefault();
        return value is not null && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    private static Verbosity? ParseVerbosity(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return VerbosityParser.TryParse(value, out var verbosity)
            ? verbosity
            : throw BadArgument($"--verbosity={value}", "expected quiet, minimal, normal, verbose or diagnostic");
    }

    private static LiftoffException BadArgument(string token, string expected) =>
        new(DiagnosticCodes.BadArgument, ExitCodes.BadInput, $"Bad argument '{token}': {expected}.");
}
