namespace Liftoff.Changelog;

/// <summary>What <see cref="ChangelogFile.PrependAsync"/> did.</summary>
public enum ChangelogWriteOutcome
{
    /// <summary>The file did not exist; it was created with the standard header and the section.</summary>
    Created,

    /// <summary>The section was inserted above the older releases.</summary>
    Prepended,

    /// <summary>The version already had a section, with other content; that section was replaced in place.</summary>
    Replaced,

    /// <summary>The version already had exactly this section; the file was not touched.</summary>
    Unchanged,
}
