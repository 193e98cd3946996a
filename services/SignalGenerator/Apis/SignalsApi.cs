using GameDay.Contracts.Messages;
using GameDay.SignalGenerator.Infrastructure;
using GameDay.SignalGenerator.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.SignalGenerator.Apis;

public static class SignalsApi
{
    private const int MaxLimit = 1000;

    public static void MapSignalsApi(this IEndpointRouteBuilder routes)
    {
        var signals = routes.MapGroup("/signals");
        signals.MapGet("/", GetLatest);
        signals.MapGet("/audit", GetAudit);
    }

    public sealed record AuditView(int Entries, int Capacity, int Depth, IReadOnlyList<AuditEntry> Latest);

    public sealed record AuditEntry(string Symbol, long Sequence, DateTimeOffset TickTime, string? Side, int Symbols, int Prices);

    /// The decision audit: how many decisions it holds (and may hold), and the newest, each with the size of the
    /// market snapshot it keeps.
    private static Results<Ok<AuditView>, ProblemHttpResult> GetAudit(DecisionAudit audit, int limit = 20)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem($"limit must be between 1 and {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest);
        }
        var latest = audit.Latest(limit).Select(d => new AuditEntry(d.Symbol, d.Sequence, d.TickTime, d.Side, d.Market.Count, d.Prices)).ToList();
        return TypedResults.Ok(new AuditView(audit.Count, audit.Capacity, audit.Depth, latest));
    }

    private static async Task<Results<Ok<IReadOnlyList<SignalGenerated>>, ProblemHttpResult>> GetLatest(
        SignalStore store, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem($"limit must be between 1 and {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await store.LatestAsync(limit, cancellationToken));
    }
}
