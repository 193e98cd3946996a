namespace GameDay.Services.Tests.Broker;

/// The venue's lost acknowledgements: a count of answers to order placements to lose, counted down once per answer.
public sealed class LostAcksTests
{
    [Fact]
    public void EachAnswerTakesOneUntilNoneIsLeft()
    {
        var faults = new TestVenue().Brokerage.Faults;
        Assert.False(faults.LosesAck());

        faults.LostAcks = 2;

        Assert.Equal([true, true, false], [faults.LosesAck(), faults.LosesAck(), faults.LosesAck()]);
        Assert.Equal(0, faults.LostAcks);
    }

    [Fact]
    public void SettingZeroEndsTheLoss()
    {
        var faults = new TestVenue().Brokerage.Faults;
        faults.LostAcks = 5;
        Assert.True(faults.LosesAck());

        faults.LostAcks = 0;

        Assert.False(faults.LosesAck());
    }
}
