using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

/// The rebuild takes the invalid index's own definition (pg_get_indexdef) and makes it concurrent, so that no
/// writer waits while it is built.
public sealed class RebuildInvalidIndexesTests
{
    [Theory]
    [InlineData("CREATE INDEX risk_decisions_decided_at ON public.risk_decisions USING btree (decided_at DESC)",
        "CREATE INDEX CONCURRENTLY risk_decisions_decided_at ON public.risk_decisions USING btree (decided_at DESC)")]
    [InlineData("CREATE UNIQUE INDEX orders_signal ON public.orders USING btree (signal_id) WHERE (signal_id IS NOT NULL)",
        "CREATE UNIQUE INDEX CONCURRENTLY orders_signal ON public.orders USING btree (signal_id) WHERE (signal_id IS NOT NULL)")]
    public void TheDefinitionIsBuiltConcurrently(string definition, string expected) =>
        Assert.Equal(expected, RebuildInvalidIndexesAction.Concurrently(definition));

    [Fact]
    public void AnythingButAnIndexDefinitionIsRefused() =>
        Assert.Throws<ArgumentException>(() => RebuildInvalidIndexesAction.Concurrently("DROP TABLE orders"));
}
