namespace GameDay.Market;

/// The NIFTY 50 constituents with approximate prices and free-float weights (weights sum to 1).
public static class Nifty50
{
    public const double BaseIndexLevel = 22_000;

    private static readonly (string Symbol, decimal Price, double Weight, double Beta)[] Raw =
    [
        ("HDFCBANK", 1650m, 11.5, 0.95), ("RELIANCE", 2900m, 9.5, 1.00), ("ICICIBANK", 1100m, 7.8, 1.05),
        ("INFY", 1500m, 5.6, 0.85), ("ITC", 430m, 3.9, 0.70), ("LT", 3600m, 3.8, 1.10),
        ("TCS", 3900m, 3.7, 0.80), ("BHARTIARTL", 1400m, 3.6, 0.85), ("AXISBANK", 1150m, 3.1, 1.15),
        ("SBIN", 820m, 3.0, 1.20), ("KOTAKBANK", 1750m, 2.7, 0.95), ("HINDUNILVR", 2400m, 2.2, 0.60),
        ("BAJFINANCE", 7000m, 2.0, 1.30), ("M&M", 2700m, 1.9, 1.10), ("TATAMOTORS", 950m, 1.8, 1.35),
        ("HCLTECH", 1500m, 1.6, 0.85), ("SUNPHARMA", 1600m, 1.6, 0.65), ("NTPC", 360m, 1.6, 0.90),
        ("MARUTI", 12000m, 1.5, 0.90), ("POWERGRID", 310m, 1.3, 0.80), ("TITAN", 3400m, 1.3, 0.95),
        ("ULTRACEMCO", 10500m, 1.2, 0.95), ("ASIANPAINT", 2900m, 1.2, 0.70), ("TATASTEEL", 150m, 1.2, 1.40),
        ("ONGC", 270m, 1.0, 1.00), ("ADANIPORTS", 1350m, 1.0, 1.40), ("BAJAJFINSV", 1600m, 1.0, 1.15),
        ("COALINDIA", 450m, 1.0, 0.95), ("HINDALCO", 650m, 1.0, 1.35), ("JSWSTEEL", 900m, 0.9, 1.30),
        ("NESTLEIND", 2500m, 0.9, 0.55), ("GRASIM", 2400m, 0.9, 1.00), ("TECHM", 1300m, 0.9, 0.95),
        ("ADANIENT", 3000m, 0.8, 1.60), ("INDUSINDBK", 1450m, 0.8, 1.25), ("WIPRO", 480m, 0.7, 0.85),
        ("SBILIFE", 1450m, 0.7, 0.80), ("CIPLA", 1450m, 0.7, 0.60), ("HDFCLIFE", 600m, 0.7, 0.80),
        ("DRREDDY", 6000m, 0.7, 0.60), ("TATACONSUM", 1100m, 0.6, 0.75), ("BAJAJ-AUTO", 9000m, 0.6, 0.90),
        ("APOLLOHOSP", 6200m, 0.6, 0.75), ("EICHERMOT", 4600m, 0.6, 0.95), ("BRITANNIA", 5000m, 0.5, 0.55),
        ("SHRIRAMFIN", 2700m, 0.5, 1.30), ("HEROMOTOCO", 4500m, 0.5, 0.95), ("BPCL", 600m, 0.5, 1.05),
        ("DIVISLAB", 3700m, 0.4, 0.60), ("LTIM", 5000m, 0.4, 0.95),
    ];

    public static IReadOnlyList<Instrument> Instruments { get; } = Normalize();

    private static Instrument[] Normalize()
    {
        var total = Raw.Sum(r => r.Weight);
        return [.. Raw.Select(r => new Instrument(r.Symbol, r.Price, r.Weight / total, r.Beta))];
    }
}
