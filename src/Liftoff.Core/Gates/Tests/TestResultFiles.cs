using Liftoff.Testing;

namespace Liftoff.Gates.Tests;

/// <summary>The result files found in a results folder and what they add up to.</summary>
/// <param name="Files">The TRX and JUnit files that were counted, relative to the folder.</param>
/// <param name="Summary">Their counts added up.</param>
public sealed record TestResultFiles(IReadOnlyList<string> Files, TestRunSummary Summary)
{
    /// <summary>Reads every <c>*.trx</c> and every JUnit <c>*.xml</c> in the folder and its subfolders.</summary>
    /// <exception cref="Diagnostics.LiftoffException">A result file is malformed: a broken file is never skipped.</exception>
    public static TestResultFiles Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            return new TestResultFiles([], TestRunSummary.Empty);
        }

        var files = new List<string>();
        var summary = TestRunSummary.Empty;
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var counted = Path.GetExtension(path).ToUpperInvariant() switch
            {
                ".TRX" => TrxReader.Read(path),
                ".XML" => JUnitReader.TryRead(path),
                _ => null,
            };
            if (counted is not null)
            {
                files.Add(Path.GetRelativePath(directory, path));
                summary += counted;
            }
        }

        return new TestResultFiles(files, summary);
    }
}
