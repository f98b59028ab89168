using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Reads and writes the slot state file. A write goes through a temporary sibling and a rename, so a reader (another
/// run's <c>Abort-&lt;Env&gt;</c>, say) sees the old state or the new one, never half of one. Every change of the
/// state and the upstream file happens under an exclusive lock on a sibling <c>.lock</c> file (flock), so a deploy
/// stepping its canary and a manual abort from another terminal take turns.
/// </summary>
internal sealed class SlotsStateStore(string statePath, TimeProvider time)
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public string StatePath => statePath;

    public string LockPath => Path.ChangeExtension(statePath, ".lock");

    /// <summary>Takes the lock; dispose the result to release it. Waits up to a minute for another run to finish its change.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotStateBusy"/>.</exception>
    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockPath)!);
        FileStream? held = null;
        var taken = await Poll.UntilAsync(_ =>
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix: other processes and other handles here wait.
                held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return ValueTask.FromResult(true);
            }
            catch (IOException)
            {
                return ValueTask.FromResult(false);
            }
        }, LockTimeout, TimeSpan.FromMilliseconds(25), time, cancellationToken).ConfigureAwait(false);
        return taken && held is not null
            ? held
            : throw new LiftoffException(DiagnosticCodes.SlotStateBusy, ExitCodes.TaskFailed,
                $"another run held {LockPath} for more than {LockTimeout.TotalSeconds:0} s; try again when it has finished");
    }

    /// <summary>The state; an empty one before the first deploy.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.SlotStateUnreadable"/>.</exception>
    public async Task<SlotsState> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(statePath))
        {
            return new SlotsState();
        }

        var text = await File.ReadAllTextAsync(statePath, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<SlotsState>(text, Json)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException error)
        {
            throw new LiftoffException(DiagnosticCodes.SlotStateUnreadable, ExitCodes.TaskFailed,
                $"the slot state {statePath} cannot be read ({error.Message}); it records which slot is live: fix it or remove it and deploy again", error);
        }
    }

    /// <summary>Writes the state atomically, stamped with the time.</summary>
    public async Task<SlotsState> WriteAsync(SlotsState state, CancellationToken cancellationToken)
    {
        var stamped = state with { UpdatedAt = time.GetUtcNow() };
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(stamped, Json) + "\n");
        await AtomicFile.WriteAsync(statePath, bytes, cancellationToken).ConfigureAwait(false);
        return stamped;
    }
}
