namespace GameDay.Hosting.Cli;

internal static class StatusVerb
{
    public static async Task<int> PsAsync(CliContext context, CancellationToken ct)
    {
        if (!context.StackRunning)
        {
            return context.NotRunning();
        }

        Table.WriteResources(context.Out, await context.Api.GetResourcesAsync(ct));
        return 0;
    }

    /// Exit 0 only when every resource is Running and Healthy: usable as a readiness gate in scripts.
    public static async Task<int> HealthAsync(CliContext context, CancellationToken ct)
    {
        if (!context.StackRunning)
        {
            return context.NotRunning();
        }

        var snapshots = await context.Api.GetResourcesAsync(ct);
        Table.WriteResources(context.Out, snapshots);
        return snapshots.All(s => s.IsHealthy) ? 0 : 1;
    }
}
