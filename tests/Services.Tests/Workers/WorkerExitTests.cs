using System.Diagnostics;
using System.Text;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.Services.Tests.Workers;

/// Issue 20: a host that stops because a worker died of a bug must say so with its exit code, or nothing that
/// supervises it (the AppHost, systemd, Kubernetes) restarts it. Runs a real process built like the services.
public sealed class WorkerExitTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AnUnhandledExceptionInAWorkerEndsTheProcessWithANonZeroExitCode()
    {
        using var host = FixtureHost.Start("bug");

        var code = await host.WaitForExitAsync(ExitTimeout);

        Assert.True(code == FailedWorkerExitCode.ExitCode, $"exit code {code}, expected {FailedWorkerExitCode.ExitCode}:\n{host.Output}");
        Assert.Contains("A bug outside any worker loop.", host.Output);
        Assert.Contains("BrokenWorker ended with an exception", host.Output);
    }

    [Fact]
    public async Task ALoopThatKeepsFailingKeepsTheProcessRunningAndAStopStillExitsZero()
    {
        using var host = FixtureHost.Start("loop");
        await host.WaitForOutputAsync("failing-loop failed (InvalidOperationException", ExitTimeout);
        await host.WaitForOutputAsync("Application started", ExitTimeout);

        Assert.False(host.HasExited, "the process ended while its loop was failing:\n" + host.Output);
        host.Terminate();
        var code = await host.WaitForExitAsync(ExitTimeout);

        Assert.True(code == 0, $"exit code {code} after SIGTERM, expected 0:\n{host.Output}");
        Assert.DoesNotContain("ended with an exception", host.Output);
    }

    /// The fixture host, GameDay.FailingWorkerHost, built beside this test assembly.
    private sealed class FixtureHost : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();

        private FixtureHost(Process process) => this.process = process;

        public string Output
        {
            get
            {
                lock (output) return output.ToString();
            }
        }

        public bool HasExited => process.HasExited;

        public static FixtureHost Start(string mode)
        {
            // artifacts/bin/GameDay.Services.Tests/<config>/ -> artifacts/bin/GameDay.FailingWorkerHost/<config>/
            var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var dll = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(testBin))!, "GameDay.FailingWorkerHost",
                Path.GetFileName(testBin), "GameDay.FailingWorkerHost.dll");
            Assert.True(File.Exists(dll), $"{dll} is not built");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add(mode);
            start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
            start.Environment["Logging__Console__FormatterName"] = "simple";
            var host = new FixtureHost(new Process { StartInfo = start });
            host.process.OutputDataReceived += (_, e) => host.Append(e.Data);
            host.process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            host.process.Start();
            host.process.BeginOutputReadLine();
            host.process.BeginErrorReadLine();
            return host;
        }

        public async Task<int> WaitForExitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"the process did not exit within {timeout.TotalSeconds:0} s:\n{Output}");
            }
            return process.ExitCode;
        }

        public async Task WaitForOutputAsync(string text, TimeSpan timeout)
        {
            var deadline = Stopwatch.StartNew();
            while (!Output.Contains(text, StringComparison.Ordinal))
            {
                Assert.True(deadline.Elapsed < timeout, $"'{text}' not written within {timeout.TotalSeconds:0} s:\n{Output}");
                if (process.HasExited) Assert.Fail($"the process exited ({process.ExitCode}) before writing '{text}':\n{Output}");
                await Task.Delay(50);
            }
        }

        /// SIGTERM, what a supervisor sends to stop a service.
        public void Terminate()
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
        }
    }
}
