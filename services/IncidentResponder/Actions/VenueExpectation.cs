using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// What `venue.status {expect}` can require of the engine's GET /venue answer.
public static class VenueExpectation
{
    public const string SessionValid = "session-valid";
    public const string CircuitClosed = "circuit-closed";
    public const string CanSend = "can-send";

    /// The engine knows the market is closed or halted and sends no new order.
    public const string MarketPaused = "market-paused";

    public static readonly IReadOnlyList<string> Names = [SessionValid, CircuitClosed, CanSend, MarketPaused];

    /// Null when the expectation is unknown.
    public static bool? Check(string expect, JsonElement venue) => expect switch
    {
        SessionValid => Text(venue, "session") == "valid",
        CircuitClosed => Text(venue, "circuit") == "closed",
        CanSend => venue.TryGetProperty("canSend", out var can) && can.ValueKind == JsonValueKind.True,
        MarketPaused => Text(venue, "market") is "closed" or "halted",
        _ => null,
    };

    public static string Describe(JsonElement venue) =>
        $"session {Text(venue, "session")}{(Text(venue, "lastError") is { } error ? $" ({error})" : "")}, circuit {Text(venue, "circuit")}, " +
        $"routed to {Text(venue, "routedVenue")} (primary {Text(venue, "primaryMode")}), market {Text(venue, "market") ?? "unknown"}, can send: " +
        $"{(venue.TryGetProperty("canSend", out var can) && can.ValueKind == JsonValueKind.True ? "yes" : "no")}" +
        $"{(Text(venue, "blockReason") is { } reason ? $", last back-off: {reason}" : "")}.";

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
