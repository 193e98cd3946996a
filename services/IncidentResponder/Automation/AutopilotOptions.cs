namespace GameDay.IncidentResponder.Automation;

/// The autopilot's settings, in section `Responder` next to the core's.
public sealed record AutopilotOptions
{
    public const string Autopilot = "autopilot";
    public const string Off = "off";
    public const string Trainee = "trainee";

    /// The mode at start: `autopilot` executes runbooks; `off` only records incidents; `trainee` executes nothing and lays
    /// the runbook's steps out for a person to do and report (a trainee drill grades them). See <see cref="AutomationMode"/>.
    public string Mode { get; set; } = Off;

    /// The runbooks directory, relative to the content root (the project directory).
    public string RunbooksPath { get; set; } = "../../runbooks";

    /// Plan and record the steps as `planned`; execute nothing.
    public bool DryRun { get; set; }

    /// At most this many runs of one fix (action and parameters) on the same target per RateWindow; approved and protective steps are exempt.
    public int MitigationsPerTarget { get; set; } = 5;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// The same step on the same target failing verification (or re-firing) this often within BreakerWindow opens the breaker.
    public int BreakerThreshold { get; set; } = 2;

    public TimeSpan BreakerWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// The AppHost control API; the AppHost injects GAMEDAY_CONTROL_URL.
    public string? ControlUrl { get; set; }

    public static IReadOnlyList<string> Modes { get; } = [Autopilot, Off, Trainee];

    /// Null when the mode is known, else what is wrong.
    public static string? ValidateMode(string? mode) =>
        mode is Autopilot or Off or Trainee ? null : $"Mode must be '{Autopilot}', '{Off}' or '{Trainee}', not '{mode}'.";

    public string? Validate()
    {
        if (ValidateMode(Mode) is { } mode) return $"Responder:{mode}";
        if (MitigationsPerTarget < 1 || BreakerThreshold < 1) return "Responder:MitigationsPerTarget and BreakerThreshold must be at least 1.";
        if (RateWindow <= TimeSpan.Zero || BreakerWindow <= TimeSpan.Zero) return "Responder:RateWindow and BreakerWindow must be positive.";
        if (string.IsNullOrWhiteSpace(RunbooksPath)) return "Responder:RunbooksPath must name the runbooks directory.";
        return null;
    }
}
