using GameDay.DataIngestor.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.DataIngestor.Apis;

/// `GET /feeds` for the feed-interruption runbook, and the admin switches chaos uses to take a
/// feed down or make it send bad ticks.
public static class FeedsApi
{
    public static void MapFeedsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/feeds", GetFeeds);
        var admin = routes.MapGroup("/admin/feeds").RequireAdminToken();
        admin.MapPut("/{feed}", SetEnabled);
        admin.MapPut("/{feed}/bad-ticks", SetBadTicks);
    }

    private static Ok<FeedsView> GetFeeds(FeedRegistry feeds, FeedSelector selector, CancellationToken cancellationToken) =>
        TypedResults.Ok(new FeedsView(selector.Active, selector.Failovers,
            [.. feeds.All.Select(f => View(f, selector))]));

    private static Results<Ok<FeedView>, ProblemHttpResult> SetEnabled(
        string feed, FeedSwitch body, FeedRegistry feeds, FeedSelector selector, CancellationToken cancellationToken)
    {
        if (feeds.Find(feed) is not { } found) return UnknownFeed(feed, feeds);
        if (body.Enabled is not { } enabled) return TypedResults.Problem("Body must be {\"enabled\": true|false}.", statusCode: StatusCodes.Status400BadRequest);
        found.Enabled = enabled;
        return TypedResults.Ok(View(found, selector));
    }

    private static Results<Ok<FeedView>, ProblemHttpResult> SetBadTicks(
        string feed, BadTickSetting body, FeedRegistry feeds, FeedSelector selector, CancellationToken cancellationToken)
    {
        if (feeds.Find(feed) is not { } found) return UnknownFeed(feed, feeds);
        if (body.Rate is not (>= 0 and <= 1) || double.IsNaN(body.Rate.Value))
        {
            return TypedResults.Problem("Body must be {\"rate\": r} with 0 <= r <= 1.", statusCode: StatusCodes.Status400BadRequest);
        }
        found.BadTickRate = body.Rate.Value;
        return TypedResults.Ok(View(found, selector));
    }

    private static ProblemHttpResult UnknownFeed(string feed, FeedRegistry feeds) =>
        TypedResults.Problem($"No feed '{feed}'; known feeds: {string.Join(", ", feeds.Names)}.",
            statusCode: StatusCodes.Status404NotFound, title: "Unknown feed");

    private static FeedView View(IMarketFeed feed, FeedSelector selector) =>
        new(feed.Name, feed.Enabled ? "up" : "down", feed.Name == selector.Active, feed.BadTickRate, selector.LastTickAt(feed.Name));
}

public sealed record FeedSwitch(bool? Enabled);

public sealed record BadTickSetting(double? Rate);

public sealed record FeedsView(string Active, int Failovers, IReadOnlyList<FeedView> Feeds);

public sealed record FeedView(string Name, string State, bool Active, double BadTickRate, DateTimeOffset? LastTickAt);
