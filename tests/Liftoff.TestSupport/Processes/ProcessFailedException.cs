namespace Liftoff.TestSupport.Processes;

/// <summary>A process exited with a non-zero code or timed out. The message holds the command and its output.</summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception for a failed result.</summary>
    public ProcessFailedException(ProcessResult result)
        : base("Process failed:" + Environment.NewLine + result) => Result = result;

    /// <summary>The failed result.</summary>
    public ProcessResult Result { get; }
}
