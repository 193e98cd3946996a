using System.Globalization;

namespace GameDay.AppHost.Drills;

/// `./gameday drill <id> [--seed N] [--json FILE] [--report FILE] [--mode autopilot|off|trainee] [--time-limit 15m]`.
public sealed record DrillArguments(string ScenarioId, int? Seed, string? JsonFile, string? ReportFile, string Mode, bool Approve = true)
{
    public const string Usage =
        "usage: ./gameday drill <scenario> [--seed N] [--json FILE] [--report FILE] [--mode autopilot|off|trainee] [--time-limit 15m] [--no-approve]";

    /// Trainee mode: how long the person on call has to recover the stack.
    public TimeSpan? TimeLimit { get; init; }

    public static (DrillArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? id = null, json = null, report = null, mode = "autopilot";
        int? seed = null;
        TimeSpan? timeLimit = null;
        var approve = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--no-approve")
            {
                approve = false;
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (id is not null) return (null, $"one scenario at a time ('{id}' and '{arg}')");
                id = arg;
                continue;
            }
            var (name, value) = arg.Contains('=', StringComparison.Ordinal) ? (arg[2..arg.IndexOf('=', StringComparison.Ordinal)], arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..])
                : (arg[2..], i + 1 < args.Count ? args[++i] : null);
            if (value is null) return (null, $"--{name} needs a value");
            switch (name)
            {
                case "seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n): seed = n; break;
                case "seed": return (null, $"--seed needs an integer, not '{value}'");
                case "json": json = value; break;
                case "report": report = value; break;
                case "mode" when value is DrillOptions.Autopilot or DrillOptions.Off or DrillOptions.Trainee: mode = value; break;
                case "mode": return (null, $"--mode is autopilot, off or trainee, not '{value}'");
                case "time-limit" when GameDay.Chaos.FaultParameters.TryDuration(value, out var limit) && limit > TimeSpan.Zero: timeLimit = limit; break;
                case "time-limit": return (null, $"--time-limit needs a duration such as 15m or 600s, not '{value}'");
                case "data-dir" or "control-port": break; // the AppHost's own options: which stack to drill
                default: return (null, $"unknown option --{name}");
            }
        }
        if (timeLimit is not null && mode != DrillOptions.Trainee) return (null, "--time-limit is for --mode trainee (the person on call's time)");
        return id is null
            ? (null, "name the scenario to run (./gameday scenarios lists them)")
            : (new DrillArguments(id, seed, json, report, mode!, approve) { TimeLimit = timeLimit }, null);
    }
}
