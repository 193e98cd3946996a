namespace GameDay.AppHost.Drills;

/// The live timeline in the terminal: one line per event and per check, offset from the injection.
public sealed class ConsoleDrillObserver(TextWriter output) : IDrillObserver
{
    public void OnEvent(DrillEvent drillEvent) =>
        output.WriteLine($"{Offset(drillEvent.Offset)}  {drillEvent.Kind,-10} {drillEvent.Text}");

    public void OnCheck(DrillCheck check) =>
        output.WriteLine($"{"",9}  {(check.Passed ? "PASS" : "FAIL"),-10} {check.Name}: {check.Detail}");

    private static string Offset(double seconds) => seconds < 0 ? $"{"-",8} " : $"+{seconds,7:0.0}s";
}
