namespace GameDay.ExecutionEngine.Infrastructure;

/// How a venue call ended. `Unknown`: timeout, 5xx, connection failure or open circuit — the venue may
/// or may not have acted, so an order in that state is resolved by asking, never by a new id.
public enum VenueOutcome { Ok, NotFound, Conflict, BadRequest, Unauthorized, Forbidden, RateLimited, Maintenance, Unknown, NotLoggedIn }
