using System.Collections.Concurrent;
using System.Net;
using GameDay.IncidentResponder.Actions;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Services.Tests.IncidentResponder;

/// CI G: an order sent just before the halt filled while the venue's report gap lasted, after the one recording pass had
/// run, and the runbook's verification failed on the trade it missed. The step now records again until reconciliation
/// comes back clean three times in a row.
public sealed class RecordMissingTradesActionTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ATradeLostAfterTheFirstPassIsRecordedByALaterOne()
    {
        var engine = new ScriptedEngine(
            Answer(["primary:NSET-28:GD-ADANIENT"], missing: 0, mismatches: 1),
            Answer(["primary:NSET-31:GD-TATASTEEL"], missing: 0, mismatches: 0),
            Answer([], 0, 0),
            Answer([], 0, 0));

        var outcome = await RunAsync(engine);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal("recorded 2 trade(s) in 4 pass(es): primary:NSET-28:GD-ADANIENT, primary:NSET-31:GD-TATASTEEL; reconciliation clean 3 times in a row.",
            outcome.Detail);
        Assert.Equal(4, engine.Calls);
    }

    [Fact]
    public async Task ThePassesEndAtTheLimitAndLeaveTheVerdictToTheVerification()
    {
        var engine = new ScriptedEngine(Answer([], missing: 1, mismatches: 0));

        var outcome = await RunAsync(engine);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Contains("after 75 s reconciliation still reports 1 discrepancy(ies)", outcome.Detail, StringComparison.Ordinal);
        Assert.InRange(engine.Calls, 15, 17);
    }

    [Fact]
    public async Task AnEngineThatCannotReadTheVenuesHistoryFailsTheStep()
    {
        var engine = new ScriptedEngine("""{"title":"The venue's trade history could not be read"}""") { Status = HttpStatusCode.BadGateway };

        var outcome = await RunAsync(engine);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("pass 1: 502", outcome.Detail, StringComparison.Ordinal);
    }

    private async Task<ActionOutcome> RunAsync(ScriptedEngine engine)
    {
        var run = new RecordMissingTradesAction(new HttpActionClients(engine), clock)
            .ExecuteAsync(new ActionContext(5, "missing-trades", "record-missing", new Dictionary<string, string>()), CancellationToken.None);
        for (var i = 0; i < 200 && !run.IsCompleted; i++)
        {
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        return await run;
    }

    private static string Answer(string[] recorded, int missing, int mismatches) =>
        "{\"recorded\":[" + string.Join(",", recorded.Select(r => $"\"{r}\"")) + "],\"error\":null,\"reconciliation\":{\"id\":1," +
        $"\"missingTrades\":{missing},\"positionMismatches\":{mismatches},\"duplicates\":0}}}}";

    /// The engine's record-missing route answering from a script, the last answer again once the script is used up.
    private sealed class ScriptedEngine(params string[] answers) : IHttpClientFactory
    {
        private readonly ConcurrentQueue<string> script = new(answers);
        private string last = answers[^1];
        private int calls;

        public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

        public int Calls => calls;

        public HttpClient CreateClient(string name) => new(new Handler(this)) { BaseAddress = new Uri($"http://{name}/") };

        private HttpResponseMessage Answer(HttpRequestMessage request)
        {
            Assert.Equal((HttpMethod.Post, "/admin/trades/record-missing"), (request.Method, request.RequestUri!.AbsolutePath));
            Interlocked.Increment(ref calls);
            if (script.TryDequeue(out var next)) last = next;
            return new HttpResponseMessage(Status) { Content = new StringContent(last, System.Text.Encoding.UTF8, "application/json") };
        }

        private sealed class Handler(ScriptedEngine engine) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(engine.Answer(request));
        }
    }
}
