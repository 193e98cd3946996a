using System.Net.Http.Json;

namespace GameDay.AppHost.Invariants;

/// Reads the venue's own records through the broker's admin API: the venue is the source of
/// truth the database is reconciled against.
public sealed class VenueReader(HttpClient broker, string adminToken)
{
    public Task<List<VenueTrade>> TradesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<VenueTrade>>("/admin/trades", cancellationToken);

    public Task<List<VenuePosition>> PositionsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<VenuePosition>>("/admin/positions", cancellationToken);

    public Task<List<VenueOrder>> OrdersAsync(CancellationToken cancellationToken) =>
        GetAsync<List<VenueOrder>>("/admin/orders", cancellationToken);

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Admin-Token", adminToken);
        using var response = await broker.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new InvalidOperationException($"The broker returned no body for {path}.");
    }
}

public sealed record VenueTrade(string Venue, string TradeId, string ClientOrderId, string Symbol, string Side, int Quantity, decimal Price, DateTimeOffset ExecutedAt);

public sealed record VenuePosition(string Symbol, int Quantity, decimal AveragePrice, decimal RealizedPnl);

public sealed record VenueOrder(string Venue, string ClientOrderId, string Symbol, string Status, int Quantity, int FilledQuantity);
