using GameDay.Broker.Model.Events;
using GameDay.Market;

namespace GameDay.Broker.Model;

/// The venue operator's controls that chaos faults drive; every change is journaled.
public sealed class VenueAdmin(BrokerState state, TimeProvider time)
{
    public void InvalidateTokens() => Record(new TokensInvalidated(time.GetUtcNow()));

    public void SetQuota(int requestsPerSecond) => Change(s => s with { RequestsPerSecond = requestsPerSecond });

    public void SetAllowlist(IReadOnlyList<string> sources) => Change(s => s with { AllowedSources = [.. sources.Distinct()] });

    public void SetMode(string venue, string mode) => Change(s => s.WithMode(venue, mode));

    public void SetFaults(FaultSettings faults) => Change(s => s with { Faults = faults });

    public void SetReportGap(double rate) => Change(s => s with { ReportGapRate = rate });

    /// Faults off, every venue normal, default allowlist and quota. Trading history, cash, clock
    /// and halts are kept: they have their own controls.
    public void Reset() => Change(_ => VenueSettings.Defaults(state.Options));

    public void SetCash(decimal cash) => Record(new CashSet(cash));

    public void SetClock(DateTimeOffset sessionTime)
    {
        lock (state.Gate) state.Record(new ClockSet(state.Clock.OffsetFor(sessionTime)));
    }

    /// A time of day means today on the session clock.
    public DateTimeOffset Today(TimeOnly timeOfDay)
    {
        lock (state.Gate) return SessionClock.At(state.Clock.Now, timeOfDay);
    }

    public void Halt(TimeSpan duration)
    {
        lock (state.Gate)
        {
            var session = state.Clock.Now;
            state.Record(new HaltStarted(session + duration, CircuitBreaker.ManualReason, null, session));
        }
    }

    public void LiftHalt()
    {
        lock (state.Gate) state.Record(new HaltLifted(state.Clock.Now));
    }

    /// A deterministic index move from the next market step on.
    public MarketShock Shock(double totalReturn, int steps) => Shock(new ShockRequest(totalReturn, steps)).Shocks[0];

    /// Moves of the index or of single symbols (a market fault's), journaled so that a replay gives the same prices.
    public ShockResolution Shock(ShockRequest request)
    {
        lock (state.Gate)
        {
            var resolved = request.Resolve(state.Market.StepAt, state.Market.Symbols, time.GetUtcNow());
            foreach (var shock in resolved.Shocks) state.Record(new ShockAdded(shock.StartStep, shock.Steps, shock.TotalReturn, shock.Symbol));
            return resolved;
        }
    }

    public IReadOnlyList<(string Venue, string ClientOrderId, int Submissions)> Replays()
    {
        lock (state.Gate) return [.. state.Replays.OrderBy(r => r.Venue).ThenBy(r => r.ClientOrderId, StringComparer.Ordinal)];
    }

    public AdminStateView State()
    {
        lock (state.Gate)
        {
            var settings = state.Settings;
            var session = state.Clock.Now;
            var halted = state.Breaker.IsHalted(session);
            var account = state.Account.View(state.OpenOrders, MarketFeed.MarkOf(state.Market.Now()));
            return new AdminStateView(settings.RequestsPerSecond, settings.AllowedSources, settings.Modes, settings.Faults,
                settings.ReportGapRate, session, SessionClock.IsOpenAt(session), halted ? state.Breaker.HaltedUntil : null,
                halted ? state.Breaker.Reason : null, account);
        }
    }

    private void Change(Func<VenueSettings, VenueSettings> change)
    {
        lock (state.Gate) state.Record(new SettingsChanged(change(state.Settings)));
    }

    private void Record(BrokerEvent brokerEvent)
    {
        lock (state.Gate) state.Record(brokerEvent);
    }
}
