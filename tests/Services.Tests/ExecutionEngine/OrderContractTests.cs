using System.Text.Json;
using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.ExecutionEngine.Streams;
using GameDay.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GameDay.Services.Tests.ExecutionEngine;

/// The dlq-accumulation drill's cause: an engine deployed with order contract 2 refuses every valid approved order the
/// risk manager sends (contract 1), so each stays pending until the janitor dead-letters it.
public sealed class OrderContractTests
{
    private static readonly string Valid = JsonSerializer.Serialize(
        new OrderApproved("c-1", "s-1", "AAPL", "BUY", 10, 101.5m, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), MessageJson.Options);

    [Fact]
    public async Task ContractTwoRefusesAValidOrderWithoutAnAccountAndNamesTheSetting()
    {
        var refusal = await Assert.ThrowsAsync<OrderContractException>(() => Handle(contract: 2, Valid));

        Assert.Contains("c-1 has no account, which order contract 2 requires (Execution__OrderContract)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("risk-manager sends contract 1", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUndecodableMessageIsPoisonWhateverTheContract() =>
        await Assert.ThrowsAnyAsync<JsonException>(() => Handle(contract: 2, "{not json"));

    [Fact]
    public void ARefusalIsNoTransientFailureSoTheEntryIsDeadLettered() =>
        Assert.False(TransientFailure.Is(new OrderContractException("refused")));

    [Fact]
    public async Task ContractOneGoesOnToRecordTheOrder()
    {
        // Past the contract check the store asks for the inbox transaction, which this test does not give it.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Handle(contract: 1, Valid));

        Assert.Contains("no inbox", error.Message, StringComparison.Ordinal);
    }

    private static Task Handle(int contract, string payload)
    {
        var store = new OrderStore(new OutboxWriter(new MessagingOptions { ServiceName = "execution-engine" }, TimeProvider.System),
            TimeProvider.System, NullLogger<OrderStore>.Instance);
        var handler = new OrderApprovedHandler(store, Options.Create(new ExecutionOptions { OrderContract = contract }));
        var message = new StreamMessage("orders.approved", "1-0", "m-1", nameof(OrderApproved), payload, "risk-manager");
        return handler.HandleAsync(message, new StreamContext(null, null, null!), CancellationToken.None);
    }
}
