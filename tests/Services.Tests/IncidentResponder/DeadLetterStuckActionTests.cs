using GameDay.IncidentResponder.Actions;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Services.Tests.IncidentResponder;

/// streams.dead-letter-stuck moves the entry a consumer is stuck on — the group's oldest pending one, idle long enough and
/// still the oldest a moment later — and nothing when no entry has been pending that long.
public sealed class DeadLetterStuckActionTests
{
    private const string Pending = "admin/streams/pending?stream=market.ticks&group=risk-manager";
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task TheOldestEntryPendingLongerThanTheLimitGoesToTheDlq()
    {
        var http = new FakeHttp()
            .Get(HttpActionClients.Orchestrator, Pending, Report(("5-0", 40_000, 3), ("6-0", 40_000, 3)))
            .On(HttpActionClients.Orchestrator, HttpMethod.Post, "admin/streams/pending/dead-letter", """{"id":"5-0","consumer":"risk-manager"}""");

        var outcome = await RunAsync(http, minIdleMs: 15_000);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.StartsWith("entry 5-0 of market.ticks moved to market.ticks.dlq for risk-manager", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(2, http.Requests.Count(r => r.Contains(Pending, StringComparison.Ordinal)));
        Assert.Single(http.Requests, r => r.EndsWith("POST /admin/streams/pending/dead-letter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEntryPendingForLessThanTheLimitIsLeftAlone()
    {
        var http = new FakeHttp().Get(HttpActionClients.Orchestrator, Pending, Report(("5-0", 4_000, 1)));

        var outcome = await RunAsync(http, minIdleMs: 15_000);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Contains("nothing is stuck", outcome.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(http.Requests, r => r.Contains("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutTheGroupsPendingEntriesItFails()
    {
        var outcome = await RunAsync(new FakeHttp(), minIdleMs: 15_000);

        Assert.False(outcome.Succeeded);
    }

    private async Task<ActionOutcome> RunAsync(FakeHttp http, int minIdleMs)
    {
        var action = new DeadLetterStuckAction(http.Clients, clock);
        var run = action.ExecuteAsync(new ActionContext(7, "consumer-stalled", "dead-letter-stuck", new Dictionary<string, string>
        {
            ["stream"] = "market.ticks", ["group"] = "risk-manager", ["minIdleMs"] = minIdleMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }), CancellationToken.None);
        for (var i = 0; i < 100 && !run.IsCompleted; i++)
        {
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        return await run;
    }

    private static string Report(params (string Id, long IdleMs, long Deliveries)[] entries) =>
        """{"stream":"market.ticks","group":"risk-manager","pending":""" + entries.Length + ""","lag":40,"consumers":[],"entries":[""" +
        string.Join(",", entries.Select(e => $$"""{"id":"{{e.Id}}","consumer":"risk-manager","idleMs":{{e.IdleMs}},"deliveries":{{e.Deliveries}}}""")) + "]}";
}
