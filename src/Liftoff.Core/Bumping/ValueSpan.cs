namespace Liftoff.Bumping;

/// <summary>Where a version value sits in a file's text: the characters to replace, and what they say now.</summary>
internal readonly record struct ValueSpan(int Start, int Length, string Value)
{
    /// <summary>The XML element or attribute the value belongs to; null for other kinds.</summary>
    public string? Name { get; init; }
}
