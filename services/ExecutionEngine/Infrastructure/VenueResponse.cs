using System.Net;

namespace GameDay.ExecutionEngine.Infrastructure;

/// `Retried`: the call was retried after a timeout or 5xx, so an earlier attempt may have taken effect.
public sealed record VenueResponse<T>(
    VenueOutcome Outcome, HttpStatusCode? Code, T? Body, string? Error, TimeSpan? RetryAfter, bool Retried = false)
{
    public bool IsOk => Outcome == VenueOutcome.Ok && Body is not null;

    public VenueResponse<TOther> As<TOther>() => new(Outcome, Code, default, Error, RetryAfter, Retried);
}
