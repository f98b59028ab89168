namespace Liftoff.Building;

/// <summary>What to build and where to put it.</summary>
public sealed record ProductionBuildRequest
{
    /// <summary>The repository root; the commands run here.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The commands, run in order; <c>{output}</c> becomes the absolute output folder.</summary>
    public required IReadOnlyList<string> Commands { get; init; }

    /// <summary>The output folder, absolute or from the working folder; emptied first.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Where the archive and manifest go, absolute or from the working folder.</summary>
    public required string ArtifactsDirectory { get; init; }

    /// <summary>The artifact's name.</summary>
    public required string Name { get; init; }

    /// <summary>The artifact's version.</summary>
    public required string Version { get; init; }

    /// <summary>The commit built.</summary>
    public required string Commit { get; init; }

    /// <summary>How long each command may run. Default 30 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The pattern for other tools' warnings; empty for MSBuild's only.</summary>
    public string WarningPattern { get; init; } = "";

    /// <summary>Receives each line the commands print, as it arrives.</summary>
    public Action<string>? OnOutput { get; init; }
}
