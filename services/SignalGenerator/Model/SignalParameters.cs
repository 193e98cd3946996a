using System.Text.Json.Serialization;

namespace GameDay.SignalGenerator.Model;

/// The calibrated parameters: fast/slow simple moving averages over ticks, Wilder RSI period and
/// the RSI bounds that block a BUY when overbought (≥ RsiUpper) and a SELL when oversold (≤ RsiLower).
public sealed record SignalParameters(int Fast, int Slow, int RsiPeriod, double RsiUpper, double RsiLower)
{
    public static readonly SignalParameters Default = new(5, 20, 14, 70, 30);

    /// Ticks of history needed before the first signal.
    [JsonIgnore]
    public int WarmUp => Math.Max(Slow + 1, RsiPeriod + 1);

    public bool IsValid() =>
        Fast >= 1 && Slow > Fast && Slow <= 200 && RsiPeriod is >= 2 and <= 100
        && RsiLower is > 0 and < 50 && RsiUpper is > 50 and < 100;
}
