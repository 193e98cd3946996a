using System.Diagnostics.Metrics;

namespace GameDay.Orchestrator.Model;

/// Snapshot → gauge points, one function per metric of the metrics contract. A view that has not
/// been sampled (or, for PostgreSQL, whose last sample failed) yields no points.
public static class InfraGauges
{
    public static IEnumerable<Measurement<long>> StreamPending(InfraSnapshot snapshot) =>
        Streams(snapshot).SelectMany(s => s.Groups.Select(g => new Measurement<long>(g.Pending, Stream(s), Group(g))));

    public static IEnumerable<Measurement<long>> StreamLag(InfraSnapshot snapshot) =>
        Streams(snapshot).SelectMany(s => s.Groups.Where(g => g.Lag is not null)
            .Select(g => new Measurement<long>(g.Lag!.Value, Stream(s), Group(g))));

    public static IEnumerable<Measurement<long>> StreamLength(InfraSnapshot snapshot) =>
        Streams(snapshot).Select(s => new Measurement<long>(s.Length, Stream(s)));

    public static IEnumerable<Measurement<long>> StreamDlqLength(InfraSnapshot snapshot) =>
        Streams(snapshot).Select(s => new Measurement<long>(s.DlqLength, Stream(s)));

    public static IEnumerable<Measurement<long>> PostgresConnections(InfraSnapshot snapshot) =>
        (snapshot.Postgres?.Connections ?? []).Select(c =>
            new Measurement<long>(c.Count, new KeyValuePair<string, object?>("state", c.State)));

    public static IEnumerable<Measurement<long>> PostgresMaxConnections(InfraSnapshot snapshot) =>
        One(snapshot.Postgres?.MaxConnections);

    public static IEnumerable<Measurement<long>> PostgresLockWaits(InfraSnapshot snapshot) => One(snapshot.Postgres?.LockWaits);

    public static IEnumerable<Measurement<double>> PostgresLongestQuerySeconds(InfraSnapshot snapshot) =>
        snapshot.Postgres is { } postgres ? [new Measurement<double>(postgres.LongestQuerySeconds)] : [];

    public static IEnumerable<Measurement<long>> PostgresSeqRowsRead(InfraSnapshot snapshot) =>
        (snapshot.Postgres?.Tables ?? []).Select(t => new Measurement<long>(t.SeqRowsRead, new KeyValuePair<string, object?>("table", t.Table)));

    public static IEnumerable<Measurement<long>> RedisMemoryUsedBytes(InfraSnapshot snapshot) => One(snapshot.Redis?.UsedMemoryBytes);

    public static IEnumerable<Measurement<long>> RedisMemoryMaxBytes(InfraSnapshot snapshot) => One(snapshot.Redis?.MaxMemoryBytes);

    public static IEnumerable<Measurement<long>> RedisUp(InfraSnapshot snapshot) =>
        One(snapshot.RedisUp is { } up ? (up ? 1 : 0) : null);

    private static IReadOnlyList<StreamSample> Streams(InfraSnapshot snapshot) => snapshot.Redis?.Streams ?? [];

    private static IEnumerable<Measurement<long>> One(long? value) => value is { } v ? [new Measurement<long>(v)] : [];

    private static KeyValuePair<string, object?> Stream(StreamSample stream) => new("stream", stream.Stream);

    private static KeyValuePair<string, object?> Group(StreamGroupSample group) => new("group", group.Group);
}
