using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.ExecutionEngine.Apis;

public static class ExecutionApi
{
    public static WebApplication MapExecutionEngineApi(this WebApplication app)
    {
        app.MapGet("/orders", ListOrdersAsync);
        app.MapGet("/orders/{clientOrderId}", GetOrderAsync);
        app.MapGet("/positions", async (OrderQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.PositionsAsync(ct)));
        app.MapGet("/venue", (VenueSession session, VenueCircuit circuit, VenueRouter router, VenueGate gate, CancellationToken ct) =>
            TypedResults.Ok(new VenueView(session.State, session.ExpiresAt, session.LastError, circuit.Name, circuit.State,
                router.Current, router.PrimaryMode, router.Market, gate.BlockedUntil, gate.BlockReason, gate.CanSend)));
        app.MapGet("/reconciliation/latest", GetLatestReconciliationAsync);
        app.MapPost("/admin/reconcile", async (ReconciliationService reconciliation, CancellationToken ct) =>
            TypedResults.Ok(await reconciliation.RunAsync(ct))).RequireAdminToken();
        app.MapPost("/admin/trades/record-missing", RecordMissingTradesAsync).RequireAdminToken();
        return app;
    }

    private static async Task<Results<Ok<List<OrderRow>>, ValidationProblem>> ListOrdersAsync(
        OrderQueries queries, CancellationToken ct, string? status = null, int limit = 100)
    {
        if (limit is < 1 or > 1_000) return Invalid("limit", "must be between 1 and 1000");
        if (status is not null && !OrderStatusText.TryParse(status, out _)) return Invalid("status", $"unknown status '{status}'");
        var normalized = status is null ? null : OrderStatusText.Parse(status).ToText();
        return TypedResults.Ok(await queries.ListAsync(normalized, limit, ct));
    }

    private static async Task<Results<Ok<OrderDetail>, NotFound>> GetOrderAsync(
        string clientOrderId, OrderQueries queries, CancellationToken ct) =>
        await queries.GetAsync(clientOrderId, ct) is { } order
            ? TypedResults.Ok(new OrderDetail(order, await queries.EventsAsync(clientOrderId, ct)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ReconciliationRun>, NotFound>> GetLatestReconciliationAsync(
        ReconciliationService reconciliation, CancellationToken ct) =>
        await reconciliation.LatestAsync(ct) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();

    /// Records the trades the venue's history holds and the database lacks, then reconciles again to show what is left.
    private static async Task<Results<Ok<MissingTradesRecorded>, ProblemHttpResult>> RecordMissingTradesAsync(
        MissingTradeRecovery recovery, ReconciliationService reconciliation, CancellationToken ct)
    {
        var result = await recovery.RecordAsync(ct);
        if (result.Error is { } error) return TypedResults.Problem(error, statusCode: StatusCodes.Status502BadGateway, title: "The venue's trade history could not be read");
        return TypedResults.Ok(result with { Reconciliation = await reconciliation.RunAsync(ct) });
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

public sealed record OrderDetail(OrderRow Order, IReadOnlyList<OrderEventRow> Events);

public sealed record VenueView(
    string Session, DateTimeOffset? TokenExpiresAt, string? LastError, string Circuit, int CircuitState, string RoutedVenue,
    string PrimaryMode, string Market, DateTimeOffset BlockedUntil, string? BlockReason, bool CanSend);
