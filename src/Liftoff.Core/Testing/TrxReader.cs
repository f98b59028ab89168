using System.Xml;
using System.Xml.Linq;
using Liftoff.Diagnostics;

namespace Liftoff.Testing;

/// <summary>
/// Reads a Visual Studio TRX file. Counts come from each <c>UnitTestResult</c>'s outcome rather than from the
/// <c>Counters</c> summary, because a data-driven test writes one result per case and the summary has been seen
/// to disagree with them.
/// </summary>
public static class TrxReader
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Reads one TRX file.</summary>
    /// <exception cref="LiftoffException">The file is missing or is not TRX.</exception>
    public static TestRunSummary Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception error) when (error is IOException or XmlException or UnauthorizedAccessException)
        {
            throw new LiftoffException(DiagnosticCodes.TestResultsUnreadable, ExitCodes.TaskFailed, $"Cannot read test results '{path}': {error.Message}", error);
        }

        if (document.Root?.Name != Trx + "TestRun")
        {
            throw new LiftoffException(DiagnosticCodes.TestResultsUnreadable, ExitCodes.TaskFailed, $"'{path}' is not a TRX file: its root element is <{document.Root?.Name.LocalName}>, expected <TestRun>.");
        }

        var outcomes = document.Descendants(Trx + "UnitTestResult").Select(result => (string?)result.Attribute("outcome") ?? "NotExecuted");
        var passed = 0;
        var failed = 0;
        var skipped = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case "Passed" or "PassedButRunAborted" or "Warning":
                    passed++;
                    break;
                case "NotExecuted" or "Inconclusive" or "NotRunnable" or "Disconnected" or "Pending":
                    skipped++;
                    break;
                default:
                    failed++;
                    break;
            }
        }

        return new TestRunSummary(passed, failed, skipped);
    }

    /// <summary>Reads and adds up every TRX file in a folder and its subfolders.</summary>
    public static TestRunSummary ReadAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return !Directory.Exists(directory)
            ? TestRunSummary.Empty
            : Directory.EnumerateFiles(directory, "*.trx", SearchOption.AllDirectories)
                .Select(Read)
                .Aggregate(TestRunSummary.Empty, TestRunSummary.Add);
    }
}
