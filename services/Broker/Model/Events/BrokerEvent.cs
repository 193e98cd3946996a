using System.Text.Json.Serialization;

namespace GameDay.Broker.Model.Events;

/// A change of the venue's state. The venue decides, journals the event, then applies it; at
/// start the journal is replayed through the same Apply, so a restart keeps everything.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TokenIssued), "token_issued")]
[JsonDerivedType(typeof(TokensInvalidated), "tokens_invalidated")]
[JsonDerivedType(typeof(OrderCreated), "order_created")]
[JsonDerivedType(typeof(OrderResubmitted), "order_resubmitted")]
[JsonDerivedType(typeof(OrderFilled), "order_filled")]
[JsonDerivedType(typeof(OrderClosed), "order_closed")]
[JsonDerivedType(typeof(CashSet), "cash_set")]
[JsonDerivedType(typeof(SettingsChanged), "settings_changed")]
[JsonDerivedType(typeof(ClockSet), "clock_set")]
[JsonDerivedType(typeof(HaltStarted), "halt_started")]
[JsonDerivedType(typeof(HaltLifted), "halt_lifted")]
[JsonDerivedType(typeof(ShockAdded), "shock_added")]
public abstract record BrokerEvent;
