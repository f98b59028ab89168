using System.Xml;
using System.Xml.Linq;
using Liftoff.Diagnostics;

namespace Liftoff.Testing;

/// <summary>
/// Reads JUnit XML as Jest, pytest, Maven Surefire and the JUnit loggers write it: a <c>testsuites</c> or
/// <c>testsuite</c> root. Counts come from each <c>testcase</c> rather than from the suites' attributes, which
/// writers fill in inconsistently (some leave out <c>skipped</c>, some count errors apart from failures).
/// </summary>
public static class JUnitReader
{
    /// <summary>Reads one JUnit file.</summary>
    /// <exception cref="LiftoffException">The file is missing, malformed or not JUnit XML.</exception>
    public static TestRunSummary Read(string path)
    {
        var document = Load(path);
        return IsJUnit(document)
            ? Count(document)
            : throw new LiftoffException(DiagnosticCodes.TestResultsUnreadable, ExitCodes.TaskFailed,
                $"'{path}' is not a JUnit file: its root element is <{document.Root?.Name.LocalName}>, expected <testsuites> or <testsuite>.");
    }

    /// <summary>Reads one XML file when it is JUnit; null for other XML (coverage reports share the folder).</summary>
    /// <exception cref="LiftoffException">The file is missing or malformed.</exception>
    public static TestRunSummary? TryRead(string path)
    {
        var document = Load(path);
        return IsJUnit(document) ? Count(document) : null;
    }

    private static XDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception error) when (error is IOException or XmlException or UnauthorizedAccessException)
        {
            throw new LiftoffException(DiagnosticCodes.TestResultsUnreadable, ExitCodes.TaskFailed, $"Cannot read test results '{path}': {error.Message}", error);
        }
    }

    private static bool IsJUnit(XDocument document) => document.Root?.Name.LocalName is "testsuites" or "testsuite";

    private static TestRunSummary Count(XDocument document)
    {
        var passed = 0;
        var failed = 0;
        var skipped = 0;
        foreach (var testCase in document.Descendants().Where(element => element.Name.LocalName == "testcase"))
        {
            var children = testCase.Elements().Select(child => child.Name.LocalName).ToList();
            if (children.Contains("failure") || children.Contains("error"))
            {
                failed++;
            }
            else if (children.Contains("skipped"))
            {
                skipped++;
            }
            else
            {
                passed++;
            }
        }

        return new TestRunSummary(passed, failed, skipped);
    }
}
