using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

public sealed class SessionTests
{
    private const string Source = "203.0.113.10";
    private readonly TestVenue _venue = new();

    private AccessControl Access => _venue.Brokerage.Access;

    private SessionToken Login() => Access.Login("gameday-api-key", "gameday-api-secret")!;

    [Fact]
    public void TokenExpiresAtSixInTheMorningOfTheSessionClock()
    {
        var token = Login();
        // Issued at 09:15 IST: valid until 06:00 IST the next day, 20 h 45 min later.
        Assert.Equal(TestVenue.Epoch + TimeSpan.FromHours(20.75), token.ExpiresAt);

        _venue.Time.Advance(TimeSpan.FromHours(20.75) - TimeSpan.FromSeconds(1));
        Assert.Null(Access.Check(token.AccessToken, Source));

        _venue.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((401, "token_expired"), Refusal(token.AccessToken, Source));
        Assert.Null(Access.Check(Login().AccessToken, Source));
    }

    [Fact]
    public void InvalidatedTokensAreRefusedUntilANewSession()
    {
        var token = Login();
        _venue.Admin.InvalidateTokens();

        Assert.Equal((401, "invalid_token"), Refusal(token.AccessToken, Source));
        Assert.Equal((401, "token_missing"), Refusal(null, Source));
        Assert.Null(Access.Check(Login().AccessToken, Source));
    }

    [Fact]
    public void WrongSecretGetsNoToken()
    {
        Assert.Null(Access.Login("gameday-api-key", "guess"));
    }

    [Fact]
    public void SourceOutsideTheAllowlistIsRefused()
    {
        var token = Login().AccessToken;
        Assert.Equal((403, "ip_not_allowed"), Refusal(token, "198.51.100.7"));

        _venue.Admin.SetAllowlist([]);
        Assert.Equal((403, "ip_not_allowed"), Refusal(token, Source));
    }

    [Fact]
    public void QuotaRefusesRequestsOverTheLimitWithRetryAfter()
    {
        _venue.Admin.SetQuota(3);
        var token = Login().AccessToken;
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(Access.Check(token, Source));
            _venue.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var refused = Access.Check(token, Source)!;
        Assert.Equal((429, "rate_limited"), (refused.StatusCode, refused.Error));
        Assert.Equal(TimeSpan.FromMilliseconds(700), refused.RetryAfter);
        Assert.Null(Access.Check(Login().AccessToken, Source));

        _venue.Time.Advance(TimeSpan.FromMilliseconds(700));
        Assert.Null(Access.Check(token, Source));
    }

    [Fact]
    public void FaultInjectionDrawsErrorsAndTimeoutsAtTheConfiguredRates()
    {
        var faults = _venue.Brokerage.Faults;
        Assert.Equal(InjectedFault.None, faults.Draw().Fault);

        _venue.Admin.SetFaults(new FaultSettings(0.5, 0.5, 200));
        var draws = Enumerable.Range(0, 200).Select(_ => faults.Draw()).ToList();
        Assert.DoesNotContain(draws, d => d.Fault == InjectedFault.None);
        Assert.InRange(draws.Count(d => d.Fault == InjectedFault.Error), 60, 140);
        Assert.All(draws, d => Assert.Equal(TimeSpan.FromMilliseconds(200), d.Latency));
    }

    private (int, string)? Refusal(string? token, string source) =>
        Access.Check(token, source) is { } denial ? (denial.StatusCode, denial.Error) : null;
}
