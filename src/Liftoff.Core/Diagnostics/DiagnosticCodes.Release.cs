namespace Liftoff.Diagnostics;

/// <summary>07xx: release files (the changelog and the version bumps in files).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The changelog exists but cannot be read as UTF-8 text, so it cannot be edited without damage.</summary>
    public const string ChangelogUnreadable = "LIFTOFF0701";

    /// <summary>A configured bump file does not exist.</summary>
    public const string BumpFileMissing = "LIFTOFF0710";

    /// <summary>A configured bump file's regular expression, JSON path or XML path matches nothing in it.</summary>
    public const string BumpPatternNoMatch = "LIFTOFF0711";

    /// <summary>A bump file's pattern is invalid: a bad regular expression, one without a <c>version</c> group, a bad JSON or XML path.</summary>
    public const string BumpPatternInvalid = "LIFTOFF0712";

    /// <summary>A file to bump is not UTF-8, or is not well-formed JSON or XML.</summary>
    public const string BumpFileUnreadable = "LIFTOFF0713";

    /// <summary>The matched value cannot be replaced in place: a JSON value that is not a string, an XML element with child elements.</summary>
    public const string BumpValueNotEditable = "LIFTOFF0714";

    /// <summary>A configured bump file's path leads outside the repository, where the release commit cannot record it.</summary>
    public const string BumpFileOutsideRepository = "LIFTOFF0715";
}
