using GameDay.AppHost.Invariants;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

/// The global invariants, evaluated by the same checker as `./gameday check`.
internal static class Invariants
{
    public static async Task<InvariantReport> CheckAsync(StackFixture stack)
    {
        using var broker = stack.App.CreateHttpClient(ResourceNames.Broker);
        var context = new InvariantContext(stack.Database, new VenueReader(broker, stack.App.AdminToken),
            _ => Task.FromResult<IReadOnlyList<ResourceHealth>>(
                [.. stack.App.GetSnapshots().Select(s => new ResourceHealth(s.Name, s.State.ToString(), s.Health?.ToString()))]));
        return new InvariantReport(await new InvariantChecker(TimeProvider.System).CheckAsync(context, CancellationToken.None));
    }
}

internal sealed record InvariantReport(IReadOnlyList<InvariantResult> Results)
{
    public bool Passed(string name) => Results.Single(r => r.Name == name).Passed;

    public bool AllPassed => Results.All(r => r.Passed);

    public string Describe(string? name = null) => string.Join("\n", Results
        .Where(r => name is null || r.Name == name)
        .Select(r => $"{r.Name}: {(r.Passed ? "ok" : "FAILED")}" + string.Concat(r.Violations.Select(v => "\n  - " + v))));
}
