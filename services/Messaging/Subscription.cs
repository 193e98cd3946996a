namespace GameDay.Messaging;

/// A consumer group's subscription to one stream.
/// `UseInbox`: handle each entry in a transaction with an inbox row (exactly-once effects);
/// without it the handler must be idempotent by itself (e.g. keeping the latest price).
/// `StartFromBeginning`: a new group reads the stream's history, not only new entries.
public sealed record Subscription(string Stream, Type HandlerType, bool UseInbox, bool StartFromBeginning);
