namespace GameDay.Integration.Tests;

/// The integration tests run in two phases (test-phases beside the project): first every test that shares the machine,
/// on two stacks side by side (StackCollection and DrillStackCollection), then the tests that need the machine to
/// themselves, marked `[Trait(Machine.Trait, Machine.Alone)]`, on one stack: a fault that takes a core or more (shadow
/// strategies burning the CPU, a service restarted every few seconds, Redis reloading a large file again and again)
/// measured against a machine a second stack also uses would test the machine, not the drill. Every such test is in
/// StackCollection, so that phase starts one stack.
public static class Machine
{
    public const string Trait = "Machine";
    public const string Alone = "alone";

    /// The drills whose fault takes a core or more, and memory-leak: beside RestartIsNotAFixTests' own leak on the other
    /// stack, the two generators' allocation and collection slowed both past 5 s of tick → decision (p95 6.8 s, tick →
    /// fill 60 s), so SignalLatencyHigh paged before MemoryLeak and the signal-latency runbook rolled the leak back — right
    /// for that machine, not the drill's expectation (CI runs B2 and C of 2026-12-07).
    public static readonly IReadOnlySet<string> HeavyScenarios = new HashSet<string>(StringComparer.Ordinal)
    {
        "high-cpu", "signal-latency", "crash-loop", "memory-leak",
    };
}
