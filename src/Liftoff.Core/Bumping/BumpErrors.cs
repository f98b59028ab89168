using Liftoff.Diagnostics;

namespace Liftoff.Bumping;

/// <summary>The bump errors' messages, in one place. Each names the file, the kind and the pattern.</summary>
internal static class BumpErrors
{
    public static LiftoffException Missing(BumpTarget target) =>
        new(DiagnosticCodes.BumpFileMissing, ExitCodes.ConfigurationInvalid,
            $"Bump file '{target.RelativePath}' does not exist {target.Describe()}.");

    public static LiftoffException OutsideRepository(BumpTarget target) =>
        new(DiagnosticCodes.BumpFileOutsideRepository, ExitCodes.ConfigurationInvalid,
            $"Bump file '{target.RelativePath}' is outside the repository {target.Describe()}; the release commit could not record it.");

    public static LiftoffException NoMatch(BumpTarget target) =>
        new(DiagnosticCodes.BumpPatternNoMatch, ExitCodes.ConfigurationInvalid,
            $"Bump file '{target.RelativePath}' has no match {target.Describe()}.");

    public static LiftoffException InvalidPattern(BumpTarget target, string reason, Exception? inner = null) =>
        Create(DiagnosticCodes.BumpPatternInvalid, ExitCodes.ConfigurationInvalid,
            $"Bump file '{target.RelativePath}' has an invalid pattern {target.Describe()}: {reason}", inner);

    public static LiftoffException Unreadable(BumpTarget target, string reason, Exception? inner = null) =>
        Create(DiagnosticCodes.BumpFileUnreadable, ExitCodes.TaskFailed,
            $"Bump file '{target.RelativePath}' cannot be read {target.Describe()}: {reason}", inner);

    public static LiftoffException NotEditable(BumpTarget target, string reason) =>
        new(DiagnosticCodes.BumpValueNotEditable, ExitCodes.TaskFailed,
            $"Bump file '{target.RelativePath}' has a match that cannot be edited in place {target.Describe()}: {reason}");

    private static LiftoffException Create(string code, int exitCode, string message, Exception? inner) =>
        inner is null ? new LiftoffException(code, exitCode, message) : new LiftoffException(code, exitCode, message, inner);
}
