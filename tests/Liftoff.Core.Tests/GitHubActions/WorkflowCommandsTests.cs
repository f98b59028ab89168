using Liftoff.GitHubActions;

namespace Liftoff.Core.Tests.GitHubActions;

public sealed class WorkflowCommandsTests
{
    [Test]
    public void Error_MessageWithNewlinesAndATitleWithColons_StaysOneEscapedCommand()
    {
        var command = WorkflowCommands.Error("3 failed\n100% sure", "Check-Tests: unit, e2e");

        Assert.That(command, Is.EqualTo("::error title=Check-Tests%3A unit%2C e2e::3 failed%0A100%25 sure"));
    }

    [Test]
    public void AddMask_MultilineSecret_MasksEachLine()
    {
        Assert.That(WorkflowCommands.AddMask("line-one\r\nline-two\n"), Is.EqualTo(new[] { "::add-mask::line-one", "::add-mask::line-two" }));
        Assert.That(WorkflowCommands.AddMask(null), Is.Empty);
    }
}
