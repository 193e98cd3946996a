using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;

namespace GameDay.Services.Tests.ExecutionEngine;

public class SubmissionOutcomeTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ResolveAfter = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(VenueOutcome.Maintenance, "venue_maintenance")]
    [InlineData(VenueOutcome.RateLimited, "rate_limited")]
    [InlineData(VenueOutcome.Unauthorized, "venue_auth_failed")]
    [InlineData(VenueOutcome.NotLoggedIn, "venue_not_logged_in")]
    public void ASingleAttemptRefusedByTheVenueCreatedNothing(VenueOutcome answer, string reason)
    {
        Assert.Equal((VenueOutcomes.Refused, reason), SubmissionOutcome.Classify(answer, null, retried: false));
    }

    [Theory]
    [InlineData(VenueOutcome.Maintenance)]
    [InlineData(VenueOutcome.RateLimited)]
    [InlineData(VenueOutcome.Forbidden)]
    [InlineData(VenueOutcome.Unauthorized)]
    [InlineData(VenueOutcome.BadRequest)]
    public void ARefusalOfARetriedPostLeavesTheOutcomeUnknown(VenueOutcome answer)
    {
        Assert.Equal(VenueOutcomes.Unknown, SubmissionOutcome.Classify(answer, null, retried: true).Outcome);
    }

    [Fact]
    public void AVenueFaultLeavesTheOutcomeUnknown()
    {
        Assert.Equal((VenueOutcomes.Unknown, "gateway_timeout"),
            SubmissionOutcome.Classify(VenueOutcome.Unknown, "gateway_timeout", retried: false));
    }

    [Theory]
    [InlineData(VenueOutcomes.Refused, 0, true)]
    [InlineData(VenueOutcomes.Unknown, 1, false)]
    [InlineData(VenueOutcomes.Unknown, 3, true)]
    [InlineData(VenueOutcomes.Pending, 3, false)]
    [InlineData(VenueOutcomes.Pending, 11, true)]
    [InlineData(VenueOutcomes.Acked, 60, false)]
    public void ANotFoundEndsACancelledOrderOnlyOnceItsPostCanNoLongerLand(string outcome, int secondsSinceAttempt, bool final)
    {
        Assert.Equal(final, VenueOutcomes.AbsenceIsFinal(outcome, Now.AddSeconds(-secondsSinceAttempt), Now, ResolveAfter));
    }

    [Theory]
    [InlineData("OPEN", true)]
    [InlineData("PARTIALLY_FILLED", true)]
    [InlineData("FILLED", false)]
    [InlineData("CANCELED", false)]
    public void OnlyWorkingVenueOrdersAreCancelledAgain(string venueStatus, bool working)
    {
        Assert.Equal(working, VenueStatusMapping.IsWorking(venueStatus));
    }
}
