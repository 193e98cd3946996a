using System.Text.Json;
using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `security.evidence {resource, tail?}` (seed 004 "preserve evidence" before anything is changed or restarted): writes
/// an <see cref="EvidenceBundle"/> as JSON to Responder:EvidenceDirectory and notes its path on the incident's timeline.
public sealed class SecurityEvidenceAction(EvidenceCollector collector, ActionSettings settings, NpgsqlDataSource dataSource, TimeProvider time)
    : IIncidentAction
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "security.evidence";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var bundle = await collector.CollectAsync(context.IncidentId, context.Required("resource"), Math.Clamp(context.Number("tail", 500), 1, 2000), now, cancellationToken);
        string path;
        try
        {
            path = await WriteAsync(settings.EvidenceDirectory, bundle, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ActionOutcome.Failed($"the evidence bundle could not be written to {settings.EvidenceDirectory}: {ex.Message}");
        }
        var summary = $"evidence bundle written to {path}: {bundle.Summary()}";
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        await tx.AddEventAsync(context.IncidentId, now, TimelineTypes.Note, summary, new { by = "autopilot", evidence = path }, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ActionOutcome.Ok(summary);
    }

    /// One file per collection, readable by its owner only (logs may name internal addresses).
    public static async Task<string> WriteAsync(string directory, EvidenceBundle bundle, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"incident-{bundle.IncidentId}-{bundle.CollectedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(bundle, Json), cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
