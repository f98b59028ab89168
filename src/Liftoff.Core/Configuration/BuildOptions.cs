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

    /// <summary>The artifact's name; empty means the working folder's name. Default empty.</summary>
    [Description("The artifact's name (<name>-<version>.tar.gz); empty means the working folder's name.")]
    public string Name { get; set; } = "";

    /// <summary>Where the archive and manifest.json are written. Default <c>artifacts</c>.</summary>
    [Description("Where the archive and manifest.json are written.")]
    public string Artifacts { get; set; } = "artifacts";

    /// <summary>How long each build command may run, in seconds. Default 1800.</summary>
    [Description("How long each build command may run, in seconds, before it is killed.")]
    [Range(1, 86_400)]
    public int TimeoutSeconds { get; set; } = 1800;

    /// <summary>The largest artifact allowed, in kilobytes; 0 means no budget. Default 0.</summary>
    [Description("The largest artifact allowed, in kilobytes; 0 means no budget.")]
    [Range(0, 10_000_000)]
    public int BudgetKilobytes { get; set; }

    /// <summary>The largest artifact allowed once each file is gzipped, in kilobytes; 0 means no budget. Default 0.</summary>
    [Description("The largest artifact allowed with each file gzipped, in kilobytes; 0 means no budget.")]
    [Range(0, 10_000_000)]
    public int GzipBudgetKilobytes { get; set; }

    /// <summary>Budgets for the files matching a glob, raw and gzipped. Default none.</summary>
    [Description("Budgets for the files matching a glob (for example js/**/*.js), raw and gzipped.")]
    public List<BuildBudgetOptions> Budgets { get; set; } = [];

    /// <summary>The most compiler warnings allowed. Default 0.</summary>
    [Description("The most compiler warnings allowed; -1 means any number.")]
    [Range(-1, 100_000)]
    public int MaxWarnings { get; set; }

    /// <summary>
    /// A regular expression that marks a line of build output as a warning, for tools other than MSBuild (whose
    /// warnings are always read). Default empty: none.
    /// </summary>
    [Description("A regular expression marking a build output line as a warning, for tools other than MSBuild; empty for none.")]
    public string WarningPattern { get; set; } = "";

    /// <summary>Whether JavaScript must ship with source maps. Default <see cref="SourceMapPolicy.Require"/>.</summary>
    [Description("Whether JavaScript must ship with source maps: require checks them, allow switches the check off, forbid fails on any.")]
    public SourceMapPolicy SourceMaps { get; set; } = SourceMapPolicy.Require;
}

/// <summary>A size budget for the files matching one glob.</summary>
public sealed class BuildBudgetOptions
{
    /// <summary>The glob, from the output folder's root: <c>*</c>, <c>?</c> and <c>**</c> for any folders.</summary>
    [Description("The glob from the output folder's root: * and ? within a name, ** for any folders.")]
    public string Glob { get; set; } = "";

    /// <summary>The matching files' largest total size, in kilobytes; 0 means no budget.</summary>
    [Description("The matching files' largest total size, in kilobytes; 0 means no budget.")]
    [Range(0, 10_000_000)]
    public int Kilobytes { get; set; }

    /// <summary>The matching files' largest total size with each file gzipped, in kilobytes; 0 means no budget.</summary>
    [Description("The matching files' largest total size with each file gzipped, in kilobytes; 0 means no budget.")]
    [Range(0, 10_000_000)]
    public int GzipKilobytes { get; set; }
}

/// <summary>What to do about source maps for the artifact's JavaScript.</summary>
public enum SourceMapPolicy
{
    /// <summary>Either way: the check is switched off.</summary>
    Allow,

    /// <summary>Every script must have one: a <c>.map</c> beside it or a <c>sourceMappingURL</c> comment.</summary>
    Require,

    /// <summary>None may ship.</summary>
    Forbid,
}
