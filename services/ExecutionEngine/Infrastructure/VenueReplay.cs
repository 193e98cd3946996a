namespace GameDay.ExecutionEngine.Infrastructure;

/// `GET /admin/orders/replays`: a client order id POSTed more than once (idempotent, not a duplicate).
public sealed record VenueReplay(string Venue, string ClientOrderId, int Submissions);
