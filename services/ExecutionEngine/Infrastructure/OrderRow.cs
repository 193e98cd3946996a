using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// One row of `orders`; also the shape of `GET /orders`.
public sealed record OrderRow(
    string ClientOrderId, string? SignalId, string Symbol, string Side, int Quantity, decimal LimitPrice, string? Venue,
    string Status, int FilledQuantity, decimal? AveragePrice, string? Reason, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? TickTime, string? VenueOutcome,
    DateTimeOffset? LastAttemptAt, string? TraceParent)
{
    public const string Columns =
        """
        client_order_id, signal_id, symbol, side, quantity, limit_price, venue, status, filled_quantity, average_price,
        reason, created_at, updated_at, submitted_at, tick_time, venue_outcome, last_attempt_at, trace_parent
        """;

    public static OrderRow Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.Nullable<string>(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetDecimal(5),
        r.Nullable<string>(6), r.GetString(7), r.GetInt32(8), r.IsDBNull(9) ? null : r.GetDecimal(9), r.Nullable<string>(10),
        r.GetFieldValue<DateTimeOffset>(11), r.GetFieldValue<DateTimeOffset>(12), NullableTime(r, 13), NullableTime(r, 14),
        r.Nullable<string>(15), NullableTime(r, 16), r.Nullable<string>(17));

    private static DateTimeOffset? NullableTime(NpgsqlDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateTimeOffset>(ordinal);
}
