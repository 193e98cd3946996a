using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Workers;

/// Reconciles with the venue as soon as the session is up after start, then every `ReconcileInterval`.
public sealed class Reconciler(
    ReconciliationService reconciliation, VenueSession session, IOptions<ExecutionOptions> options, SchemaReady schema,
    TimeProvider time, ILogger<Reconciler> logger) : PeriodicWorker(schema, time, logger)
{
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        if (!session.IsUsable || Time.GetUtcNow() < _next) return;
        _next = Time.GetUtcNow() + options.Value.ReconcileInterval;
        await reconciliation.RunAsync(ct);
    }
}
