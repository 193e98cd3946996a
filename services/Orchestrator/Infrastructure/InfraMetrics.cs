using System.Diagnostics.Metrics;
using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Infrastructure;

/// The shared-infrastructure gauges of the metrics contract. The callbacks run on every scrape and
/// only read the snapshot the InfraSampler keeps current; they never touch Redis or PostgreSQL.
public sealed class InfraMetrics
{
    public InfraMetrics(IMeterFactory meterFactory, InfraState state)
    {
        var meter = meterFactory.Create(OrchestratorMetrics.MeterName);
        meter.CreateObservableGauge("stream_pending", () => InfraGauges.StreamPending(state.Current),
            description: "Entries delivered to a consumer group and not yet acknowledged (XINFO GROUPS pending)");
        meter.CreateObservableGauge("stream_lag", () => InfraGauges.StreamLag(state.Current),
            description: "Entries not yet delivered to a consumer group (XINFO GROUPS lag)");
        meter.CreateObservableGauge("stream_length", () => InfraGauges.StreamLength(state.Current),
            description: "Entries in the stream (XLEN)");
        meter.CreateObservableGauge("stream_dlq_length", () => InfraGauges.StreamDlqLength(state.Current),
            description: "Entries in the stream's dead-letter stream <stream>.dlq");
        meter.CreateObservableGauge("postgres_connections", () => InfraGauges.PostgresConnections(state.Current),
            description: "Sessions on the trading database by pg_stat_activity state");
        meter.CreateObservableGauge("postgres_max_connections", () => InfraGauges.PostgresMaxConnections(state.Current),
            description: "The server's max_connections");
        meter.CreateObservableGauge("postgres_lock_waits", () => InfraGauges.PostgresLockWaits(state.Current),
            description: "Sessions on the trading database waiting on a lock");
        meter.CreateObservableGauge("postgres_longest_query_seconds", () => InfraGauges.PostgresLongestQuerySeconds(state.Current),
            description: "Age of the oldest active query on the trading database, 0 if none");
        meter.CreateObservableCounter("postgres_seq_rows_read", () => InfraGauges.PostgresSeqRowsRead(state.Current),
            description: "Rows read by sequential scans of a table of the trading database (pg_stat_user_tables seq_tup_read)");
        meter.CreateObservableGauge("redis_memory_used_bytes", () => InfraGauges.RedisMemoryUsedBytes(state.Current),
            description: "Redis used_memory");
        meter.CreateObservableGauge("redis_memory_max_bytes", () => InfraGauges.RedisMemoryMaxBytes(state.Current),
            description: "Redis maxmemory, 0 when unlimited");
        meter.CreateObservableGauge("redis_up", () => InfraGauges.RedisUp(state.Current),
            description: "1 when the last Redis sample succeeded, else 0");
    }
}
