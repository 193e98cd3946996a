using GameDay.Hosting;

namespace GameDay.Chaos.Tests.Fakes;

/// A resource command as <see cref="FakeStack"/> received it, with its outcome and the fake clock's time.
internal sealed record StackCommand(string Resource, string Command, CommandOutcome Outcome, DateTimeOffset At);
