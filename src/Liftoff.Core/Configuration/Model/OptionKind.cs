namespace Liftoff.Configuration.Model;

/// <summary>The shapes a setting can take in <c>liftoff.json</c>; each is validated, flattened and printed its own way.</summary>
internal enum OptionKind
{
    /// <summary>A string, number, boolean, enum or URL.</summary>
    Scalar,

    /// <summary>A nested section with known keys.</summary>
    Section,

    /// <summary>An array of scalars.</summary>
    ScalarList,

    /// <summary>An array of sections.</summary>
    SectionList,

    /// <summary>An object with free keys and scalar values.</summary>
    ScalarMap,

    /// <summary>An object with free keys (names) and section values, such as <c>environments</c>.</summary>
    SectionMap,
}
