using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.ExecutionEngine.Workers;

/// Logs in to the venue once at start, retrying until the broker answers. It never logs in again after
/// a 401: a new daily token comes with a restart, as the credentials-expired runbook does it.
public sealed partial class VenueLogin(
    VenueClient venue, VenueSession session, VenueCircuit circuit, TimeProvider time, ILogger<VenueLogin> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ExecutionMetrics.RegisterGauges(circuit, session);
        ExecutionMetrics.StartRareCounters();
        await new WorkerLoop("venue-login", time, logger).RunUntilDoneAsync(async ct =>
        {
            var response = await venue.LoginAsync(ct);
            if (response is { IsOk: true, Body: { } token })
            {
                session.LoggedIn(token.AccessToken, token.ExpiresAt);
                LogLoggedIn(token.ExpiresAt);
                return true;
            }
            session.LoginFailed(response.Error ?? response.Outcome.ToString());
            LogLoginFailed(response.Outcome.ToString(), response.Error);
            return false;
        }, TimeSpan.FromSeconds(2), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in to the venue; token expires at {ExpiresAt}")]
    private partial void LogLoggedIn(DateTimeOffset? expiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Venue login failed ({Outcome}: {Error}); retrying")]
    private partial void LogLoginFailed(string outcome, string? error);
}
