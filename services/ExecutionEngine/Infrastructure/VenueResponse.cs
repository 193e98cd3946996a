using System.Net;

namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record VenueResponse<T>(VenueOutcome Outcome, HttpStatusCode? Code, T? Body, string? Error, TimeSpan? RetryAfter)
{
    public bool IsOk => Outcome == VenueOutcome.Ok && Body is not null;

    public VenueResponse<TOther> As<TOther>() => new(Outcome, Code, default, Error, RetryAfter);
}
