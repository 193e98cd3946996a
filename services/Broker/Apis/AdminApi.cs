using GameDay.Broker.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// The venue operator's API (X-Admin-Token): sessions, quota, funds, allowlist, venue modes,
/// error injection and reset. Chaos faults of catalog section D drive these.
public static class AdminApi
{
    public sealed record QuotaRequest(int RequestsPerSecond);

    public sealed record CashRequest(decimal Cash);

    public sealed record Allowlist(IReadOnlyList<string> Sources);

    public sealed record ModeRequest(string? Mode);

    public sealed record ReportGapRequest(double Rate);

    public sealed record LostAcks(int Count);

    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder admin)
    {
        admin.MapPost("/session/invalidate", (Brokerage b, CancellationToken ct) => Done(b, () => b.Admin.InvalidateTokens()));
        admin.MapPut("/quota", SetQuota);
        admin.MapGet("/account", (Brokerage b, CancellationToken ct) => TypedResults.Ok(b.Account.View()));
        admin.MapPut("/account", (CashRequest body, Brokerage b, CancellationToken ct) =>
        {
            b.Admin.SetCash(body.Cash);
            return TypedResults.Ok(b.Account.View());
        });
        admin.MapGet("/allowlist", (Brokerage b, CancellationToken ct) => TypedResults.Ok(new Allowlist(b.Admin.State().AllowedSources)));
        admin.MapPut("/allowlist", SetAllowlist);
        admin.MapPut("/venues/{venue}/mode", SetMode);
        admin.MapPut("/faults", SetFaults);
        admin.MapPut("/report-gap", SetReportGap);
        admin.MapPut("/lost-acks", SetLostAcks);
        admin.MapGet("/state", (Brokerage b, CancellationToken ct) => TypedResults.Ok(b.Admin.State()));
        admin.MapPost("/reset", (Brokerage b, CancellationToken ct) => Done(b, () =>
        {
            b.Admin.Reset();
            b.Faults.LostAcks = 0;
        }));
        return admin;
    }

    internal static Ok<AdminStateView> Done(Brokerage brokerage, Action change)
    {
        change();
        return TypedResults.Ok(brokerage.Admin.State());
    }

    private static Results<Ok<AdminStateView>, ValidationProblem> SetQuota(QuotaRequest body, Brokerage b, CancellationToken ct) =>
        body.RequestsPerSecond < 0
            ? Invalid.Field("requestsPerSecond", "Zero or more.")
            : Done(b, () => b.Admin.SetQuota(body.RequestsPerSecond));

    private static Results<Ok<Allowlist>, ValidationProblem> SetAllowlist(Allowlist body, Brokerage b, CancellationToken ct)
    {
        if (body.Sources is null || body.Sources.Any(string.IsNullOrWhiteSpace))
        {
            return Invalid.Field("sources", "A list of source addresses (may be empty).");
        }
        b.Admin.SetAllowlist([.. body.Sources.Select(s => s.Trim())]);
        return TypedResults.Ok(new Allowlist(b.Admin.State().AllowedSources));
    }

    private static Results<Ok<AdminStateView>, ValidationProblem> SetMode(string venue, ModeRequest body, Brokerage b, CancellationToken ct)
    {
        if (!VenueNames.All.Contains(venue)) return Invalid.Field("venue", "primary or fallback.");
        var mode = body.Mode?.ToLowerInvariant();
        if (mode is null || !VenueModes.All.Contains(mode)) return Invalid.Field("mode", "normal, maintenance or cancel_only.");
        return Done(b, () => b.Admin.SetMode(venue, mode));
    }

    private static Results<Ok<AdminStateView>, ValidationProblem> SetReportGap(ReportGapRequest body, Brokerage b, CancellationToken ct) =>
        body.Rate is >= 0 and <= 1
            ? Done(b, () => b.Admin.SetReportGap(body.Rate))
            : Invalid.Field("rate", "A share of executions in [0, 1].");

    /// The next `count` answers to order placements are lost after the venue acted (0 ends it); returns what is left.
    private static Results<Ok<LostAcks>, ValidationProblem> SetLostAcks(LostAcks body, Brokerage b, CancellationToken ct)
    {
        if (body.Count is < 0 or > 1_000) return Invalid.Field("count", "Between 0 and 1000.");
        b.Faults.LostAcks = body.Count;
        return TypedResults.Ok(new LostAcks(b.Faults.LostAcks));
    }

    private static Results<Ok<AdminStateView>, ValidationProblem> SetFaults(FaultSettings body, Brokerage b, CancellationToken ct) =>
        body.IsValid()
            ? Done(b, () => b.Admin.SetFaults(body))
            : Invalid.Field("faults", "Rates in [0, 1] with errorRate + timeoutRate <= 1; latencyMs >= 0.");
}
