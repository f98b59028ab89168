using Cake.Core;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>The deploy arguments, read through Cake's arguments so that <c>LIFTOFF_YES</c> and the like work in CI.</summary>
internal static class DeployArguments
{
    public static string? Value(ICakeContext context, string name) =>
        context.Arguments.HasArgument(name) ? context.Arguments.GetArguments(name).LastOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    public static bool Flag(ICakeContext context, string name) =>
        Value(context, name) is { } value && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    public static string Required(ICakeContext context, string name, string why) =>
        Value(context, name) ?? throw new LiftoffException(DiagnosticCodes.DeployArgumentMissing, ExitCodes.BadInput, $"--{name} is required: {why}");
}
