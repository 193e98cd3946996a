using System.Globalization;

namespace GameDay.Hosting.Cli;

/// `gameday <verb> [args]`. Parsing never throws: a problem lands in Error and the host prints usage (exit 2).
public sealed record CliArguments(
    string Verb,
    IReadOnlyList<string> Positionals,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlySet<string> Flags,
    IReadOnlyList<string> Rest,
    string? Error)
{
    private static readonly HashSet<string> ValueOptions = ["seed", "otlp", "tail", "data-dir", "control-port", "alert-webhook"];
    private static readonly HashSet<string> PassThroughVerbs = ["psql", "redis-cli"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var verb = args.Count == 0 || args[0].StartsWith('-') ? "up" : args[0];
        var rest = args.Skip(args.Count == 0 || args[0].StartsWith('-') ? 0 : 1).ToList();
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? error = null;
        if (PassThroughVerbs.Contains(verb))
        {
            return PassThrough(verb, rest);
        }

        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg.TrimStart('-');
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                options[name[..eq]] = name[(eq + 1)..];
            }
            else if (ValueOptions.Contains(name))
            {
                if (i + 1 < rest.Count)
                {
                    options[name] = rest[++i];
                }
                else
                {
                    error ??= $"option --{name} needs a value";
                }
            }
            else
            {
                flags.Add(name == "f" ? "follow" : name);
            }
        }

        foreach (var numeric in new[] { "seed", "tail", "control-port" })
        {
            if (options.TryGetValue(numeric, out var value) && !int.TryParse(value, CultureInfo.InvariantCulture, out _))
            {
                error ??= $"option --{numeric} needs a number, got '{value}'";
            }
        }

        if (options.TryGetValue("alert-webhook", out var webhook)
            && !(Uri.TryCreate(webhook, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            error ??= $"option --alert-webhook needs an absolute http(s) URL, got '{webhook}'";
        }

        return new CliArguments(verb, positionals, options, flags, rest, error);
    }

    /// `psql [--data-dir D] [--] [psql's own arguments]`: the stack to talk to comes first; everything after it (or after
    /// `--`) is the tool's, untouched.
    private static CliArguments PassThrough(string verb, List<string> rest)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = 0;
        string? error = null;
        while (taken < rest.Count)
        {
            if (rest[taken] == "--")
            {
                taken++;
                break;
            }

            if (rest[taken].StartsWith("--data-dir=", StringComparison.Ordinal))
            {
                options["data-dir"] = rest[taken++]["--data-dir=".Length..];
            }
            else if (rest[taken] == "--data-dir")
            {
                if (taken + 1 >= rest.Count)
                {
                    error = "option --data-dir needs a value";
                    taken++;
                    break;
                }

                options["data-dir"] = rest[taken + 1];
                taken += 2;
            }
            else
            {
                break;
            }
        }

        var tool = rest.Skip(taken).ToList();
        return new CliArguments(verb, tool, options, new HashSet<string>(StringComparer.Ordinal), tool, error);
    }

    public int? IntOption(string name) =>
        Options.TryGetValue(name, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// Run-wide settings: the command line wins over the environment (GAMEDAY_SEED, OTEL_EXPORTER_OTLP_ENDPOINT,
    /// GAMEDAY_ALERT_WEBHOOK, GAMEDAY_AUTOPILOT).
    public static void ApplyRunOptions(CliArguments args, DistributedApplicationOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var envSeed = environment("GAMEDAY_SEED");
        options.Seed = args.IntOption("seed")
            ?? (int.TryParse(envSeed, CultureInfo.InvariantCulture, out var seed) ? seed : options.Seed);
        var otlp = args.Options.GetValueOrDefault("otlp") ?? environment("OTEL_EXPORTER_OTLP_ENDPOINT");
        options.OtlpEndpoint = string.IsNullOrWhiteSpace(otlp) ? null : otlp;
        var webhook = args.Options.GetValueOrDefault("alert-webhook") ?? environment("GAMEDAY_ALERT_WEBHOOK");
        options.AlertWebhookUrl = string.IsNullOrWhiteSpace(webhook) ? null : webhook;
        options.DataDirectory = args.Options.GetValueOrDefault("data-dir") ?? options.DataDirectory;
        options.ControlApiPort = args.IntOption("control-port") ?? options.ControlApiPort;
        // Random free ports for every proxy and the control API: a second stack beside the usual one (the startup bench).
        options.RandomPorts = args.Flags.Contains("random-ports") || options.RandomPorts;
        options.Autopilot = args.Flags.Contains("autopilot") || environment("GAMEDAY_AUTOPILOT") is "1" or "true" || options.Autopilot;
    }
}
