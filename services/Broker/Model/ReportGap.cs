namespace GameDay.Broker.Model;

/// A gap in the venue's execution-report feed, as a drop copy loses messages: while the gap rate is above zero,
/// that share of new executions never appears in `GET …/trades?afterSequence=`; the trade history keeps them.
/// Which ones is a function of the trade's sequence, so that replaying the journal loses the same reports.
public static class ReportGap
{
    public static bool Loses(long sequence, double rate)
    {
        if (rate <= 0) return false;
        // Fibonacci hashing spreads consecutive sequences over [0, 1).
        var draw = (unchecked((ulong)sequence * 0x9E3779B97F4A7C15UL) >> 11) / (double)(1UL << 53);
        return draw < rate;
    }
}
