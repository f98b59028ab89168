using Liftoff.GitHubActions;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.GitHubActions;

public sealed class StepOutputsTests
{
    [Test]
    public void Format_MultilineValue_UsesTheDelimitedForm()
    {
        Assert.That(StepOutputs.Format("notes", "a\nb", "ghadelimiter_x"), Is.EqualTo("notes<<ghadelimiter_x\na\nb\nghadelimiter_x\n"));
    }

    [Test]
    public void Format_ValueHoldingTheDelimiter_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => StepOutputs.Format("notes", "x\nghadelimiter_x\ny", "ghadelimiter_x"));
    }

    [Test]
    public async Task AppendAsync_ToTheOutputFile_ReadsBackAsTheRunnerReadsIt()
    {
        using var folder = TempDirectory.Create("gha");
        var path = folder.Combine("output");
        File.WriteAllText(path, "earlier=kept\n");

        await StepOutputs.AppendAsync(path, [new("version", "1.5.0"), new("notes", "line 1\nline=2")]);

        var outputs = ActionsOutputFile.Parse(File.ReadAllText(path));
        Assert.That(outputs, Is.EqualTo(new Dictionary<string, string> { ["earlier"] = "kept", ["version"] = "1.5.0", ["notes"] = "line 1\nline=2" }));
    }
}
