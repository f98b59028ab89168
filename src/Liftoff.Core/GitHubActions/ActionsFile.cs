using System.Text;
using Liftoff.Diagnostics;

namespace Liftoff.GitHubActions;

/// <summary>Appends to the files the runner reads after the step ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY).</summary>
internal static class ActionsFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task AppendAsync(string path, string variable, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            await File.AppendAllTextAsync(path, text, Utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new LiftoffException(DiagnosticCodes.GitHubActionsFileFailed, ExitCodes.TaskFailed,
                $"could not append to {variable} ({path}): {error.Message}", error);
        }
    }
}
