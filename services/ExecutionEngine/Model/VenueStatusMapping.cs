using GameDay.Contracts;

namespace GameDay.ExecutionEngine.Model;

/// What a venue order status means for our order. Fills are applied from trades only (they carry
/// quantity and price), so OPEN, PARTIALLY_FILLED and FILLED all just acknowledge the order here.
public static class VenueStatusMapping
{
    public static OrderStatus? FromVenue(string? venueStatus) => venueStatus?.ToUpperInvariant() switch
    {
        "OPEN" or "PARTIALLY_FILLED" or "FILLED" => OrderStatus.Accepted,
        "REJECTED" => OrderStatus.Rejected,
        "CANCELED" or "CANCELLED" => OrderStatus.Canceled,
        "EXPIRED" => OrderStatus.Expired,
        _ => null,
    };

    /// Still working at the venue (a cancel there would take effect).
    public static bool IsWorking(string? venueStatus) => venueStatus?.ToUpperInvariant() is "OPEN" or "PARTIALLY_FILLED";
}
