using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Liftoff.Git;

/// <summary>
/// Reads the output of <c>git log -z --format=%H%x00%P%x00%B</c> as it arrives: every field ends with a NUL byte,
/// three fields make a commit. Messages are decoded once per field, so the cost stays linear in the output size.
/// </summary>
internal static class GitCommitReader
{
    /// <summary>The <c>git log</c> arguments whose output this reader understands.</summary>
    public static readonly IReadOnlyList<string> LogFormatArguments = ["-z", "--format=%H%x00%P%x00%B"];

    private const int FieldsPerCommit = 3;
    private const int ChunkSize = 1 << 16;

    public static async IAsyncEnumerable<GitCommit> ReadAsync(Stream output, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var field = new ArrayBufferWriter<byte>(1024);
        var fields = new string[FieldsPerCommit];
        var fieldIndex = 0;
        try
        {
            int read;
            while ((read = await output.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var pending = chunk.AsMemory(0, read);
                int end;
                while ((end = pending.Span.IndexOf((byte)0)) >= 0)
                {
                    fields[fieldIndex++] = Decode(field, pending.Span[..end]);
                    pending = pending[(end + 1)..];
                    if (fieldIndex == FieldsPerCommit)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        fieldIndex = 0;
                        yield return ToCommit(fields);
                    }
                }

                field.Write(pending.Span);
            }

            // Output cut short inside a commit (git killed or crashed): the caller learns why from the exit code.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static string Decode(ArrayBufferWriter<byte> buffered, ReadOnlySpan<byte> tail)
    {
        if (buffered.WrittenCount == 0)
        {
            return Encoding.UTF8.GetString(tail);
        }

        buffered.Write(tail);
        var text = Encoding.UTF8.GetString(buffered.WrittenSpan);
        buffered.ResetWrittenCount();
        return text;
    }

    private static GitCommit ToCommit(string[] fields)
    {
        var parents = fields[1].Length == 0 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new GitCommit(fields[0].TrimStart('\n'), parents, fields[2]);
    }
}
