using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class EscalationPolicyTests
{
    private readonly ManualTimeProvider _time = new(Alerts.T0);

    private static EscalationPolicy Policy(double timeScale = 1) => new(new EscalationSettings(EscalationSettings.SeedTimeouts, timeScale));

    [Fact]
    public void TheSeedsAcknowledgementTimeoutsApply()
    {
        var policy = Policy();

        Assert.Equal(TimeSpan.FromMinutes(5), policy.AckTimeout(Severity.P0));
        Assert.Equal(TimeSpan.FromMinutes(15), policy.AckTimeout(Severity.P1));
        Assert.Equal(TimeSpan.FromHours(1), policy.AckTimeout(Severity.P2));
    }

    [Fact]
    public void AnUnacknowledgedP0EscalatesToTheEngineeringManagerAfterFiveMinutes()
    {
        var policy = Policy();
        var pagedAt = _time.GetUtcNow();

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Null(policy.NextLevel(Severity.P0, pagedAt, 1, false, _time.GetUtcNow()));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, policy.NextLevel(Severity.P0, pagedAt, 1, false, _time.GetUtcNow()));
        Assert.Equal("Engineering Manager", EscalationMatrix.Contact(Severity.P0, 2));
    }

    [Fact]
    public void EachLevelWaitsAFullTimeoutAfterTheLatestPage()
    {
        var policy = Policy();
        _time.Advance(TimeSpan.FromMinutes(15));
        var escalatedAt = _time.GetUtcNow();

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Null(policy.NextLevel(Severity.P1, escalatedAt, 2, false, _time.GetUtcNow()));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, policy.NextLevel(Severity.P1, escalatedAt, 2, false, _time.GetUtcNow()));
    }

    [Fact]
    public void TheTopOfTheMatrixIsTheLastEscalation()
    {
        _time.Advance(TimeSpan.FromHours(10));

        Assert.Null(Policy().NextLevel(Severity.P0, Alerts.T0, 3, false, _time.GetUtcNow()));
        Assert.Equal("CTO", EscalationMatrix.Contact(Severity.P0, 3));
    }

    [Fact]
    public void AnAcknowledgedOrUnpagedIncidentNeverEscalates()
    {
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Null(Policy().NextLevel(Severity.P0, Alerts.T0, 1, true, _time.GetUtcNow()));
        Assert.Null(Policy().NextLevel(Severity.P0, null, 0, false, _time.GetUtcNow()));
    }

    [Fact]
    public void TheTimeScaleShortensTimeoutsForDrills()
    {
        var policy = Policy(timeScale: 0.01);

        Assert.Equal(TimeSpan.FromSeconds(3), policy.AckTimeout(Severity.P0));
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, policy.NextLevel(Severity.P0, Alerts.T0, 1, false, _time.GetUtcNow()));
    }

    [Fact]
    public void AP3HasNoOneToEscalateTo() =>
        Assert.Null(Policy().NextLevel(Severity.P3, Alerts.T0, 1, false, Alerts.T0.AddDays(1)));
}
