using System.Globalization;

namespace GameDay.IncidentResponder.Actions;

/// From is null when the database has no row for the symbol (inserted with the venue's realized PnL).
public sealed record PositionChange(string Symbol, int? From, int To, decimal? FromAveragePrice, decimal AveragePrice, decimal RealizedPnl)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Symbol} quantity {(From is { } f ? f.ToString(CultureInfo.InvariantCulture) : "none")} → {To}, average price {FromAveragePrice?.ToString(CultureInfo.InvariantCulture) ?? "none"} → {AveragePrice}");
}
