namespace GameDay.IncidentResponder.Actions;

/// `venue.status {expect?}`: the execution engine's view of the venue (GET /venue: session, circuit breaker, routed
/// venue, back-off, whether it can send). With `expect` the step fails unless it holds (<see cref="VenueExpectation"/>):
/// the condition language has no venue form, so a verify step checks the venue through this action.
public sealed class VenueStatusAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "venue.status";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await http.ReadJsonAsync(HttpActionClients.ExecutionEngine, "venue", cancellationToken) is not { } venue)
        {
            return ActionOutcome.Failed("the execution engine did not answer GET /venue.");
        }
        var seen = VenueExpectation.Describe(venue);
        if (context.Parameters.GetValueOrDefault("expect") is not { Length: > 0 } expect) return ActionOutcome.Ok(seen);
        return VenueExpectation.Check(expect, venue) switch
        {
            null => ActionOutcome.Failed($"unknown expectation '{expect}'; use {string.Join(", ", VenueExpectation.Names)}. {seen}"),
            true => ActionOutcome.Ok($"{expect}: yes. {seen}"),
            false => ActionOutcome.Failed($"{expect}: no. {seen}"),
        };
    }
}
