using System.Reflection;

namespace GameDay.Hosting;

/// Run-wide knobs: from the command line for `up`, from the configure callback under test.
public sealed class DistributedApplicationOptions
{
    public const int DefaultControlApiPort = 18888;

    public string[] Args { get; set; } = [];

    /// Defaults to `<repo>/.gameday`; a fresh temporary directory under test.
    public string? DataDirectory { get; set; }

    public string? RepositoryRoot { get; set; }

    public int Seed { get; set; } = 42;

    public string? OtlpEndpoint { get; set; }

    /// Where Alertmanager posts its webhooks (`--alert-webhook`, GAMEDAY_ALERT_WEBHOOK); null: a receiver that sends nothing.
    public string? AlertWebhookUrl { get; set; }

    public int ControlApiPort { get; set; } = DefaultControlApiPort;

    /// Random free ports for every proxy and the control API instead of the fixed defaults.
    public bool RandomPorts { get; set; }

    public bool ConsoleEcho { get; set; } = true;

    /// The incident responder's autopilot executes runbooks (`--autopilot`, GAMEDAY_AUTOPILOT=1).
    public bool Autopilot { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// How long the testing builder waits for every resource to be healthy.
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// The build configuration whose service outputs run (artifacts/bin/<Project>/<config>); defaults to the AppHost's own.
    public string? Configuration { get; set; }

    internal Assembly? AppAssembly { get; set; }

    internal string ResolveConfiguration() =>
        (Configuration
            ?? AppAssembly?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? "Debug").ToLowerInvariant();
}
