using System.Globalization;
using System.Text.Json;

namespace GameDay.Bench;

/// The figures as a table (median and range per figure, then the ratios) and as JSON with every sample.
internal static class Report
{
    private const int Processes = BareStack.Services + 5;

    public static string Label(Figure figure) => figure switch
    {
        Figure.GameDay => "GameDay (./gameday up)",
        Figure.Bare => $"bare processes ({Processes})",
        _ => $"bare processes under Aspire ({Processes})",
    };

    public static void Print(TextWriter output, Samples samples, int runs)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Startup to all-healthy on {Environment.ProcessorCount} cores, {runs} run(s) each: median (min–max)"));
        output.WriteLine(Invariant($"{"",-40}{"cold",-24}warm"));
        foreach (var figure in Enum.GetValues<Figure>())
        {
            output.WriteLine(Invariant($"{Label(figure),-40}{Cell(samples, figure, true),-24}{Cell(samples, figure, false)}"));
        }
        foreach (var (over, under) in new[] { (Figure.GameDay, Figure.Bare), (Figure.Aspire, Figure.Bare), (Figure.GameDay, Figure.Aspire) })
        {
            output.WriteLine(Invariant($"{Short(over) + " ÷ " + Short(under),-40}{Ratio(samples, over, under, true),-24}{Ratio(samples, over, under, false)}"));
        }
        output.WriteLine();
        output.WriteLine("cold: fresh data directories (initdb included); warm: the same directories again. Bare and Aspire: the");
        output.WriteLine("same processes (two PostgreSQL clusters, Redis, Prometheus, Alertmanager, seven ASP.NET Core apps");
        output.WriteLine("answering /health), ready when each answers a query; GameDay: until up reports every resource healthy.");
    }

    public static string Json(Samples samples, int runs) => JsonSerializer.Serialize(new
    {
        benchmark = "startup",
        cores = Environment.ProcessorCount,
        runs,
        figures = Enum.GetValues<Figure>().ToDictionary(f => f.ToString().ToLowerInvariant(), f => new
        {
            label = Label(f),
            coldSeconds = samples.Of(f, true),
            warmSeconds = samples.Of(f, false),
            coldMedian = samples.Median(f, true),
            warmMedian = samples.Median(f, false),
        }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static string Cell(Samples samples, Figure figure, bool cold)
    {
        var values = samples.Of(figure, cold);
        return values.Count == 0 ? "–" : Invariant($"{samples.Median(figure, cold):0.00} s ({values.Min():0.00}–{values.Max():0.00})");
    }

    private static string Ratio(Samples samples, Figure over, Figure under, bool cold) =>
        Invariant($"{samples.Median(over, cold) / samples.Median(under, cold):0.0}×");

    private static string Short(Figure figure) => figure switch
    {
        Figure.GameDay => "GameDay",
        Figure.Bare => "bare",
        _ => "Aspire",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
