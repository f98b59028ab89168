using Liftoff.Diagnostics;

namespace Liftoff.Records.RefStore;

/// <summary>Checks the ref names records are kept under, before any git command sees them.</summary>
internal static class RefNames
{
    private static readonly string[] Forbidden = ["..", "//", "@{", ".lock/"];

    public static void Validate(string refName)
    {
        ArgumentNullException.ThrowIfNull(refName);
        var valid = refName.StartsWith("refs/", StringComparison.Ordinal)
            && refName.Length > "refs/".Length
            && !refName.EndsWith('/')
            && !refName.EndsWith(".lock", StringComparison.Ordinal)
            && !refName.Any(c => char.IsControl(c) || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\')
            && !Forbidden.Any(part => refName.Contains(part, StringComparison.Ordinal));
        if (!valid)
        {
            throw new LiftoffException(DiagnosticCodes.RecordInvalid, ExitCodes.BadInput, $"'{refName}' is not a usable ref name for a record.");
        }
    }
}
