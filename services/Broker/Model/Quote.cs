namespace GameDay.Broker.Model;

/// The touch around the model price: a BUY crosses at `Ask`, a SELL at `Bid`.
public sealed record Quote(string Symbol, decimal Price, decimal Bid, decimal Ask);
