namespace GameDay.ExecutionEngine.Infrastructure;

/// What a non-OK answer to an order POST tells us (a value of `orders.venue_outcome` and a reason).
/// The venue checks session, allowlist, quota and maintenance before it looks the client order id up,
/// so a refusal proves nothing was created only for a single attempt: after a retry (an earlier attempt
/// timed out or failed and may have created the order) every answer is Unknown and the venue is asked.
public static class SubmissionOutcome
{
    public static (string Outcome, string Reason) Classify(VenueOutcome outcome, string? error, bool retried)
    {
        if (retried) return (VenueOutcomes.Unknown, RefusalReason(outcome, error) ?? error ?? "unknown");
        return RefusalReason(outcome, error) is { } reason ? (VenueOutcomes.Refused, reason) : (VenueOutcomes.Unknown, error ?? "unknown");
    }

    private static string? RefusalReason(VenueOutcome outcome, string? error) => outcome switch
    {
        VenueOutcome.Unauthorized => "venue_auth_failed",
        VenueOutcome.Forbidden => error ?? "forbidden",
        VenueOutcome.RateLimited => "rate_limited",
        VenueOutcome.Maintenance => "venue_maintenance",
        VenueOutcome.NotLoggedIn => "venue_not_logged_in",
        VenueOutcome.BadRequest => "venue_bad_request",
        _ => null,
    };
}
