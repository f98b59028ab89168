using Cake.Common;
using Cake.Core;
using Cake.Core.IO;
using Liftoff.Cake.Hosting;

namespace Build;

/// <summary>Paths and switches shared by this repository's own targets.</summary>
public sealed class BuildContext : LiftoffContext
{
    public BuildContext(ICakeContext context, RunSummary summary)
        : base(context)
    {
        Summary = summary;
        Root = context.Environment.WorkingDirectory;
        BuildConfiguration = context.Argument("configuration", "Debug");
        Filter = context.HasArgument("filter") ? context.Argument<string>("filter") : null;
        Packages = context.HasArgument("packages")
            ? new DirectoryPath(context.Argument<string>("packages")).MakeAbsolute(context.Environment)
            : Artifacts.Combine("packages");
    }

    public RunSummary Summary { get; }

    public DirectoryPath Root { get; }

    public FilePath Solution => Root.CombineWithFilePath("Release.sln");

    public DirectoryPath Artifacts => Root.Combine("artifacts");

    public DirectoryPath TestResults => Artifacts.Combine("test-results");

    /// <summary>Where Pack writes the packages: <c>artifacts/packages</c>, or <c>--packages=DIR</c>.</summary>
    public DirectoryPath Packages { get; }

    /// <summary>Debug by default, so that a plain build and the tests share one set of outputs.</summary>
    public string BuildConfiguration { get; }

    /// <summary>A <c>dotnet test --filter</c> expression, from <c>--filter=EXPR</c>.</summary>
    public string? Filter { get; }

    /// <summary>The version Pack gave the packages in <see cref="Packages"/>, once it has run in this build.</summary>
    public string? PackedVersion { get; set; }
}
