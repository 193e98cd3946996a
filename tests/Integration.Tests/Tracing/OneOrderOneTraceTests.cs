using GameDay.Contracts;

namespace GameDay.Integration.Tests.Tracing;

/// Issue 11: one order is one trace across the services, carried through the stream entries, the outbox and the
/// orders table: tick → signal → risk decision → submission to the venue → fill.
[Collection(TracedStackCollection.Name)]
public sealed class OneOrderOneTraceTests(TracedStackFixture stack)
{
    /// First trades, plus the exporters' batch delay (5 s).
    private static readonly TimeSpan Within = TestTimeouts.FirstTrades + TimeSpan.FromSeconds(15);

    /// The hops from the tick to the fill, root first: each span the parent of the next.
    private static readonly (string Service, string Span)[] FillPath =
    [
        (ResourceNames.DataIngestor, $"publish {StreamNames.MarketTicks}"),
        (ResourceNames.SignalGenerator, $"consume {StreamNames.MarketTicks}"),
        (ResourceNames.SignalGenerator, $"publish {StreamNames.Signals}"),
        (ResourceNames.RiskManager, $"consume {StreamNames.Signals}"),
        (ResourceNames.RiskManager, $"publish {StreamNames.OrdersApproved}"),
        (ResourceNames.ExecutionEngine, $"consume {StreamNames.OrdersApproved}"),
        (ResourceNames.ExecutionEngine, "record fill"),
    ];

    [Fact]
    public async Task AFilledOrderIsOneTraceFromItsTickThroughTheVenueToItsFill()
    {
        var deadline = DateTime.UtcNow + Within;
        Trace? found = null;
        while (found is null && DateTime.UtcNow < deadline)
        {
            found = Trace.Of(stack.Otlp.Spans).FirstOrDefault(t => t.ShowsOneOrderEndToEnd());
            if (found is null) await Task.Delay(TestTimeouts.Poll);
        }
        Assert.True(found is not null,
            $"No trace within {Within.TotalSeconds:0} s runs from a tick to a fill through the venue. Spans received, by service:\n"
            + Trace.Summary(stack.Otlp.Spans));
    }

    private sealed class Trace(IReadOnlyList<ReceivedSpan> spans)
    {
        private readonly Dictionary<string, ReceivedSpan> byId = spans.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());

        public static IEnumerable<Trace> Of(IReadOnlyCollection<ReceivedSpan> received) =>
            received.Where(s => s.Name == "record fill").Select(s => s.TraceId).Distinct()
                .Select(id => new Trace([.. received.Where(s => s.TraceId == id)]));

        /// A fill whose ancestors are every hop of FillPath in order, and beside it, under the same consumed
        /// message, the order's submission with the venue's own span beneath it.
        public bool ShowsOneOrderEndToEnd() => spans.Where(s => s.Name == "record fill").Any(fill =>
        {
            var path = Ancestors(fill).Reverse().Select(s => (s.Service, s.Name)).ToList();
            if (!IsSubsequence(FillPath, path)) return false;
            var consumed = fill.ParentSpanId;
            return spans.Any(submit => submit.Name == "submit order" && submit.ParentSpanId == consumed
                && spans.Any(venue => venue.Service == ResourceNames.Broker && Ancestors(venue).Contains(submit)));
        });

        /// The span and its parents up to the root; empty when a parent is missing (not exported, or another trace).
        private IEnumerable<ReceivedSpan> Ancestors(ReceivedSpan span)
        {
            var chain = new List<ReceivedSpan> { span };
            while (chain[^1].ParentSpanId is { } parent)
            {
                if (!byId.TryGetValue(parent, out var next) || chain.Count > 64) return [];
                chain.Add(next);
            }
            return chain;
        }

        private static bool IsSubsequence((string, string)[] wanted, List<(string, string)> path)
        {
            var next = 0;
            foreach (var hop in path)
            {
                if (next < wanted.Length && hop == wanted[next]) next++;
            }
            return next == wanted.Length;
        }

        public static string Summary(IReadOnlyCollection<ReceivedSpan> received) => string.Join('\n', received
            .GroupBy(s => (s.Service, s.Name)).OrderBy(g => g.Key.Service).ThenByDescending(g => g.Count()).Take(60)
            .Select(g => $"  {g.Key.Service}: {g.Key.Name} ×{g.Count()}"));
    }
}
