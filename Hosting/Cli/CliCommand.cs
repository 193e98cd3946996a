namespace GameDay.Hosting.Cli;

internal sealed record CliCommand(string Name, string Description, Func<CliContext, string[], CancellationToken, Task<int>> Handler);
