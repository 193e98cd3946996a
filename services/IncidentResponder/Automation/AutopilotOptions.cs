namespace GameDay.IncidentResponder.Automation;

/// The autopilot's settings, in section `Responder` next to the core's.
public sealed record AutopilotOptions
{
    public const string Autopilot = "autopilot";
    public const string Off = "off";

    /// `autopilot` executes runbooks; `off` only records incidents.
    public string Mode { get; set; } = Off;

    /// The runbooks directory, relative to the content root (the project directory).
    public string RunbooksPath { get; set; } = "../../runbooks";

    /// Plan and record the steps as `planned`; execute nothing.
    public bool DryRun { get; set; }

    /// At most this many mitigations of the same target per RateWindow.
    public int MitigationsPerTarget { get; set; } = 3;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// The same step on the same target failing verification (or re-firing) this often within BreakerWindow opens the breaker.
    public int BreakerThreshold { get; set; } = 2;

    public TimeSpan BreakerWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// The AppHost control API; the AppHost injects GAMEDAY_CONTROL_URL.
    public string? ControlUrl { get; set; }

    public string? Validate()
    {
        if (Mode is not (Autopilot or Off)) return $"Responder:Mode must be '{Autopilot}' or '{Off}', not '{Mode}'.";
        if (MitigationsPerTarget < 1 || BreakerThreshold < 1) return "Responder:MitigationsPerTarget and BreakerThreshold must be at least 1.";
        if (RateWindow <= TimeSpan.Zero || BreakerWindow <= TimeSpan.Zero) return "Responder:RateWindow and BreakerWindow must be positive.";
        if (string.IsNullOrWhiteSpace(RunbooksPath)) return "Responder:RunbooksPath must name the runbooks directory.";
        return null;
    }
}
