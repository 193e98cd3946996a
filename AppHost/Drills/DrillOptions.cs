namespace GameDay.AppHost.Drills;

/// How to run a drill: the seed it is recorded under, and the responder's mode for it (`autopilot` lets the
/// responder recover; `off` leaves recovery to people — or to nobody, which is what a drill's checks must notice;
/// `trainee` lays the runbook out for the person on call, gives them `TimeLimit`, and grades what they did).
public sealed record DrillOptions(int Seed, string Mode = DrillOptions.Autopilot)
{
    public const string Autopilot = "autopilot";
    public const string Off = "off";
    public const string Trainee = "trainee";

    public bool IsTrainee => Mode == Trainee;

    /// Trainee mode: how long the person has to recover (the scenario's bound is the autopilot's).
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(15);

    /// How long the stack may take to settle before the injection (steady state, expected alerts quiet).
    public TimeSpan SettleBefore { get; init; } = TimeSpan.FromSeconds(150);

    /// How long the steady state may take to hold again after the faults are reverted.
    public TimeSpan SettleAfterRevert { get; init; } = TimeSpan.FromSeconds(90);

    /// Approve the incident's gated (high-risk) steps as they come, as the game day's lead would. Never in trainee
    /// mode: the trainee asks the lead, who approves (`./gameday incidents approve ID STEP`).
    public bool ApproveGatedSteps { get; init; } = true;
}
