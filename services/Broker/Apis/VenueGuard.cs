using GameDay.Broker.Model;

namespace GameDay.Broker.Apis;

/// What every trading call goes through, in the order a real venue gateway applies it: injected
/// latency and 500s, then token, allowlist and quota, then the venue's own availability. An
/// injected timeout lets the venue do the work and loses the answer (504), as a gateway timeout
/// does, so the client must find out what happened to its order.
public sealed class VenueGuard(Brokerage brokerage, BrokerOptions options, TimeProvider time) : IEndpointFilter
{
    public const string SourceIpHeader = "X-Source-Ip";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var fault = brokerage.Faults.Draw();
        if (fault.Latency > TimeSpan.Zero) await Task.Delay(fault.Latency, time, http.RequestAborted);
        if (fault.Fault == InjectedFault.Error)
        {
            return ApiError.Result(StatusCodes.Status500InternalServerError, "internal_error", "The venue failed to process the request.");
        }
        if (Refusal(http) is { } refusal) return refusal;

        var result = await next(context);
        if (fault.Fault != InjectedFault.Timeout) return result;
        return await ApiError.LostAnswerAsync(options.TimeoutDelay, time, http.RequestAborted);
    }

    private IResult? Refusal(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
        var source = http.Request.Headers[SourceIpHeader].ToString() is { Length: > 0 } header
            ? header
            : http.Connection.RemoteIpAddress?.ToString();
        if (brokerage.Access.Check(token, source) is { } denial)
        {
            if (denial.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = QuotaLimiter.RetryAfterSeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return ApiError.Result(denial.StatusCode, denial.Error, denial.Message);
        }

        if (http.GetRouteValue("venue") is not string venue) return null;
        if (!VenueNames.All.Contains(venue))
        {
            return ApiError.Result(StatusCodes.Status404NotFound, "venue_not_found", $"No venue '{venue}'; venues are primary and fallback.");
        }
        return brokerage.Market.Status(venue).Mode == VenueModes.Maintenance
            ? ApiError.Result(StatusCodes.Status503ServiceUnavailable, "maintenance", $"Venue '{venue}' is in maintenance.")
            : null;
    }
}
