using System.Globalization;
using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.Messaging.Quotes;
using GameDay.RiskManager.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;

namespace GameDay.RiskManager.Apis;

/// `POST /admin/test-orders`: the operator's "test with one small order" (seed 000, after a fix at the venue).
/// The order enters as a signal on `signals` at the symbol's latest reference price, so it goes through every
/// pre-trade check and is recorded, sized, published and executed like any other; the answer names the client
/// order id to follow in `/decisions` and the orders table.
public static partial class TestOrderApi
{
    private static long sequence;

    public static WebApplication MapTestOrderApi(this WebApplication app)
    {
        app.MapPost("/admin/test-orders", PlaceAsync).RequireAdminToken();
        return app;
    }

    private static async Task<Results<Accepted<TestOrderPlaced>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        TestOrderRequest request, LatestQuotes quotes, StreamPublisher publisher, TimeProvider time, ILoggerFactory loggers)
    {
        var side = request.Side?.ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        LatestQuote? quote = null;
        if (side is not (Side.Buy or Side.Sell)) errors["side"] = [$"must be {Side.Buy} or {Side.Sell}"];
        if (string.IsNullOrWhiteSpace(request.Symbol)) errors["symbol"] = ["is required"];
        else if (!quotes.Snapshot().TryGetValue(request.Symbol, out quote)) errors["symbol"] = [$"'{request.Symbol}' has no reference price (no tick seen)"];
        if (errors.Count > 0 || quote is null) return TypedResults.ValidationProblem(errors);

        var now = time.GetUtcNow();
        var signalId = string.Create(CultureInfo.InvariantCulture,
            $"TEST-{request.Symbol}-{side}-{now.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{Interlocked.Increment(ref sequence)}");
        var signal = new SignalGenerated(signalId, request.Symbol!, side!, quote.Price, 1m, "test order", quote.At, now);
        try
        {
            await publisher.PublishAsync(StreamNames.Signals, signal, "signal:" + signalId);
        }
        catch (Exception ex) when (TransientFailure.Is(ex) || ex is RedisException)
        {
            return TypedResults.Problem("Redis is unavailable; the test order was not placed. Retry shortly.", statusCode: 503);
        }
        LogPlaced(loggers.CreateLogger("TestOrderApi"), signalId, request.Symbol!, side!, quote.Price);
        return TypedResults.Accepted("/decisions",
            new TestOrderPlaced(signalId, OrderSizer.ClientOrderIdOf(signalId), request.Symbol!, side!, quote.Price));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Test order {SignalId} placed by admin: {Side} {Symbol} at {Price}")]
    private static partial void LogPlaced(ILogger logger, string signalId, string symbol, string side, decimal price);
}

/// Body of `POST /admin/test-orders`.
public sealed record TestOrderRequest(string? Symbol, string? Side);

/// The answer: the signal that carries the order and the client order id it will have.
public sealed record TestOrderPlaced(string SignalId, string ClientOrderId, string Symbol, string Side, decimal Price);
