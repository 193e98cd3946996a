namespace GameDay.Market;

/// A NIFTY 50 constituent: base price in INR, index weight and sensitivity to the index factor.
public sealed record Instrument(string Symbol, decimal BasePrice, double Weight, double Beta);
