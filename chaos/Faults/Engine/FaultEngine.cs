using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace GameDay.Chaos;

/// Owns every fault of the stack: injects, reverts (idempotently), and reverts each one when its duration is
/// up even if whoever injected it is gone. Nothing is active unless a request turned it on; `HealAsync`
/// reverts everything and retries reverts that failed.
public sealed partial class FaultEngine(FaultCatalog catalog, FaultContext context, ILogger logger) : IAsyncDisposable
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan ExpiryPoll = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, FaultEntry> faults = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private Task? expiryLoop;
    private int sequence;
    private int disposed;

    public FaultCatalog Catalog => catalog;

    public void Start() => expiryLoop ??= ExpireLoopAsync(stopping.Token);

    public IReadOnlyList<FaultView> List(bool activeOnly = false) =>
        [.. faults.Values.Select(f => f.View()).Where(v => !activeOnly || v.State != FaultStates.Reverted).OrderBy(v => v.InjectedAt).ThenBy(v => v.Id, StringComparer.Ordinal)];

    public FaultView? Find(string id) => faults.GetValueOrDefault(id)?.View();

    /// Validates, creates and injects under the engine's gate, so that a heal or an expiry never runs in the middle
    /// of an inject (it would mark reverted a fault that lands just after).
    public async Task<FaultView> InjectAsync(FaultSpec spec, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var kind = Validate(spec);
            var id = string.Create(CultureInfo.InvariantCulture, $"f{Interlocked.Increment(ref sequence):D4}");
            var now = context.Time.GetUtcNow();
            var entry = new FaultEntry(id, spec, kind.Layer, kind.ConflictKey(spec), kind.Create(spec, context), now, now + spec.Duration);
            faults[id] = entry;
            try
            {
                entry.Detail = await entry.Fault.InjectAsync(ct);
                entry.State = FaultStates.Active;
                LogInjected(id, spec.Kind, spec.Target ?? "-", spec.RunId ?? "-", entry.Detail);
            }
            catch (Exception e)
            {
                // A half-applied fault is reverted at once: no fault stays active that the caller does not know of.
                entry.Detail = $"inject failed: {e.Message}";
                await RevertEntryAsync(entry, "inject failed", CancellationToken.None);
                throw new FaultValidationException($"{spec.Kind} on {spec.Target ?? "the stack"} could not be injected: {e.Message}");
            }
            return entry.View();
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<FaultView?> RevertAsync(string id, string reason, CancellationToken ct)
    {
        if (!faults.TryGetValue(id, out var entry)) return null;
        await gate.WaitAsync(ct);
        try
        {
            await RevertEntryAsync(entry, reason, ct);
            return entry.View();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RevertEntryAsync(FaultEntry entry, string reason, CancellationToken ct)
    {
        if (entry.State == FaultStates.Reverted) return;
        try
        {
            entry.RevertDetail = await entry.Fault.RevertAsync(ct);
            entry.State = FaultStates.Reverted;
            entry.RevertedAt = context.Time.GetUtcNow();
            entry.RevertReason = reason;
            LogReverted(entry.Id, entry.Spec.Kind, reason, entry.RevertDetail);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            entry.State = FaultStates.RevertFailed;
            entry.RevertDetail = $"revert failed: {e.Message}";
            LogRevertFailed(e, entry.Id, entry.Spec.Kind);
        }
    }

    /// Reverts every fault not yet reverted (of one run when runId is given).
    public async Task<IReadOnlyList<FaultView>> HealAsync(string reason, string? runId, CancellationToken ct)
    {
        var reverted = new List<FaultView>();
        foreach (var entry in faults.Values.Where(f => f.State != FaultStates.Reverted && (runId is null || f.Spec.RunId == runId)).OrderByDescending(f => f.InjectedAt).ThenByDescending(f => f.Id, StringComparer.Ordinal))
        {
            if (await RevertAsync(entry.Id, reason, ct) is { } view) reverted.Add(view);
        }
        return reverted;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        await stopping.CancelAsync();
        if (expiryLoop is not null) await expiryLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        await HealAsync("the AppHost stopped", null, CancellationToken.None);
        await context.DisposeAsync();
        stopping.Dispose();
    }

    private FaultKind Validate(FaultSpec spec)
    {
        var kind = catalog.Find(spec.Kind) ?? throw new FaultValidationException(
            $"unknown fault kind '{spec.Kind}' (known: {string.Join(", ", catalog.Kinds.Select(k => k.Name))}).");
        if (spec.Duration <= TimeSpan.Zero || spec.Duration > MaxDuration)
            throw new FaultValidationException($"duration must be above 0 and at most {MaxDuration.TotalMinutes:0} minutes.");
        if (catalog.CheckSchema(kind, spec, context.Stack.Snapshots().Select(s => s.Name).ToHashSet(StringComparer.Ordinal)) is { } schema)
            throw new FaultValidationException(schema);
        if (kind.Validate(spec, context) is { } error) throw new FaultValidationException(error);
        var key = kind.ConflictKey(spec);
        if (faults.Values.FirstOrDefault(f => f.State != FaultStates.Reverted && f.ConflictKey == key) is { } twin)
            throw new FaultValidationException(twin.Spec.Kind == spec.Kind
                ? $"{spec.Kind} on {spec.Target ?? "the stack"} is already active as {twin.Id}; revert it first."
                : $"{spec.Kind} on {spec.Target ?? "the stack"} would undo {twin.Id} ({twin.Spec.Kind}), which is still active; revert it first.");
        return kind;
    }

    private async Task ExpireLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ExpiryPoll, context.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var now = context.Time.GetUtcNow();
                foreach (var entry in faults.Values.Where(f => f.State == FaultStates.Active && f.ExpiresAt <= now))
                {
                    await RevertAsync(entry.Id, "duration elapsed", ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: DisposeAsync heals what is left.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "fault {Id} injected: {Kind} on {Target} (run {RunId}): {Detail}")]
    private partial void LogInjected(string id, string kind, string target, string runId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "fault {Id} ({Kind}) reverted ({Reason}): {Detail}")]
    private partial void LogReverted(string id, string kind, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "fault {Id} ({Kind}) could not be reverted; the next heal retries")]
    private partial void LogRevertFailed(Exception e, string id, string kind);
}
