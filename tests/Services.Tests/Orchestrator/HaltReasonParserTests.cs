using GameDay.Contracts;
using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class HaltReasonParserTests
{
    [Theory]
    [InlineData("manual")]
    [InlineData("system_error")]
    [InlineData("security_incident")]
    [InlineData("daily_loss_limit")]
    [InlineData("daily_target_reached")]
    public void EveryDocumentedReasonIsAccepted(string raw)
    {
        Assert.True(HaltReasonParser.TryParse(raw, out var reason));
        Assert.Equal(raw, reason);
    }

    [Fact]
    public void EmergencyStopFromSeed004IsAcceptedAsManual()
    {
        Assert.True(HaltReasonParser.TryParse("emergency_stop", out var reason));
        Assert.Equal(HaltReasons.Manual, reason);
    }

    [Fact]
    public void ReasonsIgnoreCaseAndSurroundingSpaces()
    {
        Assert.True(HaltReasonParser.TryParse("  Security_Incident ", out var reason));
        Assert.Equal(HaltReasons.SecurityIncident, reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("maintenance")]
    [InlineData("manual ;drop table")]
    public void MissingOrUnknownReasonsAreRejected(string? raw)
    {
        Assert.False(HaltReasonParser.TryParse(raw, out _));
    }

    [Fact]
    public void TheErrorTextListsEveryValidReasonAndTheAlias()
    {
        foreach (var reason in HaltReasons.All)
        {
            Assert.Contains(reason, HaltReasonParser.ValidReasonsText, StringComparison.Ordinal);
        }
        Assert.Contains(HaltReasonParser.EmergencyStopAlias, HaltReasonParser.ValidReasonsText, StringComparison.Ordinal);
    }
}
