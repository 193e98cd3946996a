using System.Net;
using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using Microsoft.Extensions.Options;
using Polly;

namespace GameDay.Services.Tests.ExecutionEngine;

public class VenueStateTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TradingStateIsUnknownUntilHeardAndAgainWhenItGrowsOld()
    {
        var time = new ManualTimeProvider(Start);
        var cache = new TradingStateCache(time, Options.Create(new ExecutionOptions()));
        Assert.Null(cache.IsHalted);
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start);
        Assert.True(cache.IsHalted);
        time.Advance(TimeSpan.FromSeconds(16));
        Assert.Null(cache.IsHalted);
    }

    [Fact]
    public void NothingIsSentAfterTheVenueRefusedTheSession()
    {
        var time = new ManualTimeProvider(Start);
        var session = new VenueSession();
        var gate = new VenueGate(session, new VenueCircuit(), time);
        Assert.False(gate.CanSend);
        session.LoggedIn("token", null);
        Assert.True(gate.CanSend);
        session.AuthFailed("token_expired");
        Assert.False(gate.CanSend);
        Assert.Equal("venue_auth_failed", session.State);
    }

    [Fact]
    public void RateLimitingHoldsOrdersBackForRetryAfter()
    {
        var time = new ManualTimeProvider(Start);
        var session = new VenueSession();
        session.LoggedIn("token", null);
        var gate = new VenueGate(session, new VenueCircuit(), time);
        gate.BackOff(TimeSpan.FromSeconds(3), "rate_limited");
        Assert.False(gate.CanSend);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.True(gate.CanSend);
    }

    [Fact]
    public void AnOpenCircuitHoldsOrdersBack()
    {
        var session = new VenueSession();
        session.LoggedIn("token", null);
        var circuit = new VenueCircuit();
        var gate = new VenueGate(session, circuit, new ManualTimeProvider(Start));
        circuit.Opened();
        Assert.False(gate.CanSend);
        circuit.HalfOpened();
        Assert.True(gate.CanSend);
    }

    [Fact]
    public void OrdersAreRoutedToTheFallbackWhileThePrimaryIsInMaintenance()
    {
        var router = new VenueRouter();
        Assert.Equal(VenueOptions.Primary, router.Current);
        router.PrimaryReported("cancel_only");
        Assert.Equal(VenueOptions.Fallback, router.Current);
        router.PrimaryReported("normal");
        Assert.Equal(VenueOptions.Primary, router.Current);
    }

    [Fact]
    public void NoNewOrderGoesOutWhileTheMarketIsClosedOrHaltedAndTheyResumeWhenItOpens()
    {
        var router = new VenueRouter();
        Assert.Null(router.MarketRefusal);
        router.MarketReported("halted");
        Assert.Equal("market_halted", router.MarketRefusal);
        router.MarketReported("closed");
        Assert.Equal("market_closed", router.MarketRefusal);
        router.MarketReported("open");
        Assert.Null(router.MarketRefusal);
    }

    [Theory]
    [InlineData("market_halted", "market_halted")]
    [InlineData("market_closed", "market_closed")]
    [InlineData("price_out_of_band", null)]
    [InlineData(null, null)]
    public void AVenueRefusalForTheMarketsStateClosesTheGateBeforeTheNextPoll(string? rejectReason, string? refusal)
    {
        var router = new VenueRouter();
        router.VenueRejected(rejectReason);
        Assert.Equal(refusal, router.MarketRefusal);
    }

    [Theory]
    [InlineData("OPEN", OrderStatus.Accepted)]
    [InlineData("FILLED", OrderStatus.Accepted)]
    [InlineData("REJECTED", OrderStatus.Rejected)]
    [InlineData("CANCELED", OrderStatus.Canceled)]
    [InlineData("EXPIRED", OrderStatus.Expired)]
    public void VenueStatusesMapToOrderStatuses(string venueStatus, OrderStatus expected)
    {
        Assert.Equal(expected, VenueStatusMapping.FromVenue(venueStatus));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Created, false)]
    public void OnlyVenueFaultsCountTowardsTheCircuitBreaker(HttpStatusCode code, bool counted)
    {
        using var response = new HttpResponseMessage(code);
        Assert.Equal(counted, VenueResilience.IsVenueFailure(Outcome.FromResult(response)));
    }
}
