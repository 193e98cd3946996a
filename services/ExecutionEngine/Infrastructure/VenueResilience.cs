using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The venue's own pipeline instead of the standard handler: retries for POST only (the clientOrderId
/// makes a repeated POST idempotent at the venue; GETs are polled again anyway), a circuit breaker
/// whose state feeds `venue_circuit_state`, and a 2 s timeout per attempt.
public static class VenueResilience
{
    /// Set on the caller's ResilienceContext once an attempt is retried: an earlier attempt may have
    /// created the order (the venue refuses before it looks the id up), so no later answer proves it absent.
    public static readonly ResiliencePropertyKey<bool> Retried = new("GameDay.Venue.Retried");

    public static IHttpClientBuilder AddVenueResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("venue", (pipeline, context) =>
        {
            var circuit = context.ServiceProvider.GetRequiredService<VenueCircuit>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method == HttpMethod.Post && IsVenueFailure(args.Outcome)),
                OnRetry = args =>
                {
                    args.Context.Properties.Set(Retried, true);
                    return default;
                },
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = TimeSpan.FromSeconds(5),
                ShouldHandle = args => ValueTask.FromResult(IsVenueFailure(args.Outcome)),
                OnOpened = _ => { circuit.Opened(); return default; },
                OnClosed = _ => { circuit.Closed(); return default; },
                OnHalfOpened = _ => { circuit.HalfOpened(); return default; },
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(2));
        });
        return builder;
    }

    /// Faults of the venue itself. 503 is left out: it is the venue's maintenance answer (routing
    /// handles it), and 4xx answers (401, 403, 429) are decisions, not failures.
    public static bool IsVenueFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
