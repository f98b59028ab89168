namespace Liftoff.Configuration;

/// <summary>The layers a setting can come from, lowest first.</summary>
public enum ValueSourceKind
{
    /// <summary>The documented default.</summary>
    Default,

    /// <summary><c>liftoff.json</c>, or the file <c>--config</c> names.</summary>
    File,

    /// <summary>An environment variable <c>LIFTOFF_SECTION__KEY</c>.</summary>
    Environment,

    /// <summary>An argument <c>--section.key=value</c>.</summary>
    Argument,

    /// <summary>The build project's own code (<c>ConfigureOptions</c>).</summary>
    Code,
}

/// <summary>Which layer set a setting, and exactly where: <c>file liftoff.json:4</c>, <c>env LIFTOFF_GITHUB__OWNER</c>.</summary>
public sealed record ValueSource(ValueSourceKind Kind, string Detail)
{
    /// <summary>The source of a default.</summary>
    public static ValueSource Default { get; } = new(ValueSourceKind.Default, "");

    /// <summary>The source of a value set by code.</summary>
    public static ValueSource Code { get; } = new(ValueSourceKind.Code, "");

    /// <inheritdoc />
    public override string ToString()
    {
        var kind = Kind switch
        {
            ValueSourceKind.Default => "default",
            ValueSourceKind.File => "file",
            ValueSourceKind.Environment => "env",
            ValueSourceKind.Argument => "argument",
            _ => "code",
        };
        return Detail.Length == 0 ? kind : $"{kind} {Detail}";
    }
}
