using GameDay.Contracts;
using GameDay.Messaging;
using StackExchange.Redis;

namespace GameDay.Orchestrator.Apis;

/// Seed 004's stream runbook: pending entries of a group, DLQ listing and requeue.
internal static partial class StreamEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        var streams = admin.MapGroup("/streams");
        streams.MapGet("/pending", PendingAsync);
        streams.MapGet("/dlq", DlqAsync);
        streams.MapPost("/dlq/requeue", RequeueAsync);
        // Entries that can never be processed (undecodable) leave the DLQ for `<dlq>.archive`, kept for the investigation.
        streams.MapPost("/dlq/archive", ArchiveAsync);
        // An entry its consumer cannot finish: out of the group's way into the DLQ, kept for the developers.
        streams.MapPost("/pending/dead-letter", DeadLetterPendingAsync);
    }

    private static async Task<Results<Ok<PendingReport>, ProblemHttpResult>> PendingAsync(
        string? stream, string? group, StreamAdmin admin, IConnectionMultiplexer redis, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(stream) || string.IsNullOrWhiteSpace(group))
        {
            return Problems.BadRequest("Both query parameters are required: ?stream=<stream>&group=<consumer group>.");
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (await redis.GetDatabase().KeyTypeAsync(stream) != RedisType.Stream)
        {
            return Problems.NotFound($"Stream '{stream}' does not exist.");
        }
        try
        {
            return TypedResults.Ok(await admin.PendingAsync(stream, group));
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            return Problems.NotFound($"Stream '{stream}' has no consumer group '{group}'.");
        }
    }

    private static async Task<Results<Ok<DlqListing>, ProblemHttpResult>> DlqAsync(
        string? stream, int? limit, StreamAdmin admin, IConnectionMultiplexer redis, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(stream)) return Problems.BadRequest("The query parameter stream is required, e.g. ?stream=orders.approved.dlq.");
        cancellationToken.ThrowIfCancellationRequested();
        var dlq = DlqName(stream);
        var db = redis.GetDatabase();
        var type = await db.KeyTypeAsync(dlq);
        if (type is not (RedisType.Stream or RedisType.None)) return Problems.NotFound($"'{dlq}' is not a stream.");
        var entries = type == RedisType.None ? [] : await admin.DlqAsync(dlq, Math.Clamp(limit ?? 100, 1, 1000));
        var length = type == RedisType.None ? 0 : await db.StreamLengthAsync(dlq);
        return TypedResults.Ok(new DlqListing(dlq, length, entries));
    }

    private static async Task<Results<Ok<RequeueResult>, ProblemHttpResult>> RequeueAsync(
        HttpRequest request, StreamAdmin admin, CancellationToken cancellationToken)
    {
        var (dlq, id, problem) = await ReadEntryAsync(request, cancellationToken);
        if (problem is not null) return problem;
        try
        {
            var requeued = await admin.RequeueAsync(dlq!, id!);
            return requeued is null
                ? Problems.NotFound($"No entry '{id}' (with its original stream recorded) in '{dlq}'.")
                : TypedResults.Ok(new RequeueResult(requeued));
        }
        catch (RedisServerException ex) when (ex.Message.Contains("Invalid stream ID", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest($"'{id}' is not a stream entry id.");
        }
    }

    private static async Task<Results<Ok<ArchiveResult>, ProblemHttpResult>> ArchiveAsync(
        HttpRequest request, StreamAdmin admin, TimeProvider time, CancellationToken cancellationToken)
    {
        var (dlq, id, problem) = await ReadEntryAsync(request, cancellationToken);
        if (problem is not null) return problem;
        try
        {
            var archived = await admin.ArchiveAsync(dlq!, id!, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return archived is null ? Problems.NotFound($"No entry '{id}' in '{dlq}'.") : TypedResults.Ok(new ArchiveResult(archived));
        }
        catch (RedisServerException ex) when (ex.Message.Contains("Invalid stream ID", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest($"'{id}' is not a stream entry id.");
        }
    }

    private static async Task<Results<Ok<PendingEntry>, ProblemHttpResult>> DeadLetterPendingAsync(
        HttpRequest request, StreamAdmin admin, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<DeadLetterRequest>(MessageJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (string.IsNullOrWhiteSpace(body?.Stream) || string.IsNullOrWhiteSpace(body.Group) || string.IsNullOrWhiteSpace(body.Id))
        {
            return Problems.BadRequest("The body must name the pending entry: {\"stream\":\"market.ticks\",\"group\":\"risk-manager\",\"id\":\"<entry id>\"}.");
        }
        try
        {
            var moved = await admin.DeadLetterPendingAsync(body.Stream, body.Group, body.Id, body.Reason ?? "stuck: dead-lettered by an operator",
                time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            if (moved is null) return Problems.NotFound($"Entry '{body.Id}' is not pending in group '{body.Group}' of '{body.Stream}'.");
            LogDeadLettered(loggers.CreateLogger(typeof(StreamEndpoints)), body.Id, body.Stream, body.Group, moved.Consumer, moved.Deliveries);
            return TypedResults.Ok(moved);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("Invalid stream ID", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest($"'{body.Id}' is not a stream entry id.");
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            return Problems.NotFound($"Stream '{body.Stream}' has no consumer group '{body.Group}'.");
        }
    }

    /// The DLQ entry a requeue or archive body names: `{"dlqStream": "orders.approved.dlq", "id": "<entry id>"}`.
    private static async Task<(string? Dlq, string? Id, ProblemHttpResult? Problem)> ReadEntryAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<RequeueRequest>(MessageJson.Options, cancellationToken);
        if (error is not null) return (null, null, Problems.BadRequest(error));
        if (string.IsNullOrWhiteSpace(body?.DlqStream) || string.IsNullOrWhiteSpace(body.Id))
        {
            return (null, null, Problems.BadRequest("The body must name the entry: {\"dlqStream\":\"orders.approved.dlq\",\"id\":\"<entry id>\"}."));
        }
        return (DlqName(body.DlqStream), body.Id, null);
    }

    /// Both `orders.approved` and `orders.approved.dlq` name the same DLQ.
    internal static string DlqName(string stream)
    {
        var trimmed = stream.Trim();
        return trimmed.EndsWith(".dlq", StringComparison.Ordinal) ? trimmed : StreamNames.Dlq(trimmed);
    }

    private sealed record RequeueRequest(string? DlqStream, string? Id);

    private sealed record DeadLetterRequest(string? Stream, string? Group, string? Id, string? Reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pending entry {EntryId} of {Stream} dead-lettered for group {Group} (held by {Consumer}, delivered {Deliveries} times)")]
    private static partial void LogDeadLettered(ILogger logger, string entryId, string stream, string group, string consumer, long deliveries);
}

public sealed record DlqListing(string Stream, long Length, IReadOnlyList<DlqEntry> Entries);

public sealed record RequeueResult(string RequeuedAs);

public sealed record ArchiveResult(string ArchivedAs);
