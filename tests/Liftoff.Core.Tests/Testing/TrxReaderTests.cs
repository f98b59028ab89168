using Liftoff.Diagnostics;
using Liftoff.Testing;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Testing;

public sealed class TrxReaderTests
{
    private const string Header = """<?xml version="1.0" encoding="utf-8"?><TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>""";
    private const string Footer = "</Results></TestRun>";

    [Test]
    public void Read_MixedOutcomes_CountsEachResult()
    {
        using var folder = TempDirectory.Create("trx");
        var path = folder.WriteFile("run.trx", Header
            + Result("Passed") + Result("Passed") + Result("Failed") + Result("NotExecuted") + Result("Timeout") + Result("Inconclusive")
            + Footer);

        var summary = TrxReader.Read(path);

        Assert.That(summary, Is.EqualTo(new TestRunSummary(Passed: 2, Failed: 2, Skipped: 2)));
        Assert.That(summary.ToString(), Is.EqualTo("2 passed, 2 failed, 2 skipped"));
    }

    [Test]
    public void ReadAll_SeveralFilesInSubfolders_AddsThemUp()
    {
        using var folder = TempDirectory.Create("trx");
        folder.WriteFile("a/one.trx", Header + Result("Passed") + Footer);
        folder.WriteFile("b/two.trx", Header + Result("Passed") + Result("Failed") + Footer);
        folder.WriteFile("b/notes.txt", "not a result file");

        var summary = TrxReader.ReadAll(folder.Path);

        Assert.That(summary, Is.EqualTo(new TestRunSummary(2, 1, 0)));
    }

    [Test]
    public void ReadAll_NoFolder_IsEmptyAndNothingRan()
    {
        var summary = TrxReader.ReadAll(Path.Combine(Path.GetTempPath(), "liftoff-no-such-folder"));

        Assert.That(summary.AnyRan, Is.False);
        Assert.That(summary.Total, Is.Zero);
    }

    [Test]
    public void Read_NotTrx_ThrowsNamingTheFileAndTheRootElement()
    {
        using var folder = TempDirectory.Create("trx");
        var path = folder.WriteFile("junit.xml", "<testsuites/>");

        var error = Assert.Throws<LiftoffException>(() => TrxReader.Read(path));

        Assert.That(error!.Message, Is.EqualTo($"LIFTOFF0101: '{path}' is not a TRX file: its root element is <testsuites>, expected <TestRun>."));
    }

    [Test]
    public void Read_MalformedXml_ThrowsNamingTheFile()
    {
        using var folder = TempDirectory.Create("trx");
        var path = folder.WriteFile("broken.trx", "<TestRun");

        var error = Assert.Throws<LiftoffException>(() => TrxReader.Read(path));

        Assert.That(error!.Message, Does.StartWith($"LIFTOFF0101: Cannot read test results '{path}':"));
    }

    private static string Result(string outcome) => $"""<UnitTestResult testName="t" outcome="{outcome}" />""";
}
