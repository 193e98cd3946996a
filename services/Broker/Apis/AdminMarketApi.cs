using System.Globalization;
using GameDay.Broker.Model;
using GameDay.Market;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// Market-side admin controls (session clock, halts, shocks) and the venue's records.
public static class AdminMarketApi
{
    public sealed record ClockRequest(string? SessionTime);

    public sealed record HaltRequest(double Minutes);

    public sealed record ReplayView(string Venue, string ClientOrderId, int Submissions);

    public static RouteGroupBuilder MapAdminMarketApi(this RouteGroupBuilder admin)
    {
        admin.MapPut("/clock", SetClock);
        admin.MapPut("/market/halt", Halt);
        admin.MapDelete("/market/halt", (Brokerage b, CancellationToken ct) => AdminApi.Done(b, () => b.Admin.LiftHalt()));
        admin.MapPost("/market/shock", Shock);
        admin.MapGet("/orders/replays", (Brokerage b, CancellationToken ct) =>
            TypedResults.Ok(b.Admin.Replays().Select(r => new ReplayView(r.Venue, r.ClientOrderId, r.Submissions)).ToArray()));
        admin.MapGet("/trades", (Brokerage b, CancellationToken ct) => TypedResults.Ok(b.Orders.AllTrades()));
        // The venue's books as reconciliation and the invariant checks see them, without a session.
        admin.MapGet("/orders", (Brokerage b, CancellationToken ct) =>
            TypedResults.Ok(VenueNames.All.SelectMany(v => b.Orders.List(v, null)).ToArray()));
        admin.MapGet("/positions", (Brokerage b, CancellationToken ct) => TypedResults.Ok(b.Account.Positions()));
        return admin;
    }

    /// "09:30:00" means today on the session clock (IST); a full ISO date-time sets day and time.
    private static Results<Ok<AdminStateView>, ValidationProblem> SetClock(ClockRequest body, Brokerage b, CancellationToken ct)
    {
        var text = body.SessionTime?.Trim();
        DateTimeOffset target;
        if (TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var timeOfDay)) target = b.Admin.Today(timeOfDay);
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) target = at;
        else return Invalid.Field("sessionTime", "A time of day (HH:mm:ss, IST) or an ISO-8601 date-time.");
        return AdminApi.Done(b, () => b.Admin.SetClock(target));
    }

    private static Results<Ok<AdminStateView>, ValidationProblem> Halt(HaltRequest body, Brokerage b, CancellationToken ct) =>
        body.Minutes is > 0 and <= 24 * 60
            ? AdminApi.Done(b, () => b.Admin.Halt(TimeSpan.FromMinutes(body.Minutes)))
            : Invalid.Field("minutes", "Between 0 and 1440.");

    private static Results<Ok<IReadOnlyList<MarketShock>>, ValidationProblem> Shock(ShockRequest body, Brokerage b, CancellationToken ct)
    {
        var resolved = b.Admin.Shock(body);
        return resolved.Problem is { } problem ? Invalid.Field(resolved.Field!, problem) : TypedResults.Ok(resolved.Shocks);
    }
}
