namespace GameDay.AppHost.Drills;

/// Sees the drill as it happens (the terminal's live timeline, a test's output).
public interface IDrillObserver
{
    void OnEvent(DrillEvent drillEvent);

    void OnCheck(DrillCheck check);
}
