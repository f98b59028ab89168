using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>The <c>build</c> section: the production build and its budgets.</summary>
public sealed class BuildOptions
{
    /// <summary>The build commands, run in order with a production environment. Default: <c>dotnet publish</c>.</summary>
    [Description("The build commands, run in order with a production environment; {output} is replaced.")]
    public List<string> Commands { get; set; } = ["dotnet publish -c Release -o {output}"];

    /// <summary>The folder the commands write, which becomes the artifact. Default <c>artifacts/publish</c>.</summary>
    [Description("The folder the commands write, which becomes the artifact.")]
    public string Output { get; set; } = "artifacts/publish";

    /// <summary>The largest artifact allowed, in kilobytes; 0 means no budget. Default 0.</summary>
    [Description("The largest artifact allowed, in kilobytes; 0 means no budget.")]
    [Range(0, 10_000_000)]
    public int BudgetKilobytes { get; set; }

    /// <summary>The most compiler warnings allowed. Default 0.</summary>
    [Description("The most compiler warnings allowed; -1 means any number.")]
    [Range(-1, 100_000)]
    public int MaxWarnings { get; set; }

    /// <summary>What to do about source maps in the artifact. Default <see cref="SourceMapPolicy.Allow"/>.</summary>
    [Description("What to do about source maps in the artifact.")]
    public SourceMapPolicy SourceMaps { get; set; } = SourceMapPolicy.Allow;
}

/// <summary>What to do about source maps in the artifact.</summary>
public enum SourceMapPolicy
{
    /// <summary>Either way.</summary>
    Allow,

    /// <summary>Every script must have one.</summary>
    Require,

    /// <summary>None may ship.</summary>
    Forbid,
}
