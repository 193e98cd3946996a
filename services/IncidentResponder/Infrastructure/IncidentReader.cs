using System.Text.Json;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Infrastructure;

/// Read side of the API (no lock: reads never wait for incident work).
public sealed class IncidentReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<Incident>> ListAsync(string? state, int limit, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        await using var command = tx.Command(
            $"SELECT {IncidentRows.Columns} FROM incidents WHERE ($1::text IS NULL OR state = $1) ORDER BY id DESC LIMIT $2", state, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var incidents = new List<Incident>();
        while (await reader.ReadAsync(cancellationToken)) incidents.Add(IncidentRows.Read(reader));
        return incidents;
    }

    public async Task<(Incident Incident, IReadOnlyList<IncidentAlert> Alerts)?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        if (await tx.LoadAsync(id, cancellationToken) is not { } incident) return null;
        return (incident, await tx.AlertsAsync(id, cancellationToken));
    }

    public async Task<IReadOnlyList<TimelineEvent>?> TimelineAsync(long id, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        if (await tx.LoadAsync(id, cancellationToken) is null) return null;
        await using var command = tx.Command("SELECT at, type, data FROM incident_timeline WHERE incident_id = $1 ORDER BY at, id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<TimelineEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new TimelineEvent(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1),
                Json(reader.GetString(2))));
        }
        return events;
    }

    /// (found, markdown, json): found is false for an unknown incident; the texts are null before resolution.
    public async Task<(bool Found, string? Markdown, JsonElement? Json)> PostmortemAsync(long id, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        await using var command = tx.Command("SELECT postmortem_md, postmortem_json FROM incidents WHERE id = $1", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return (false, null, null);
        return (true, reader.IsDBNull(0) ? null : reader.GetString(0),
            reader.IsDBNull(1) ? null : Json(reader.GetString(1)));
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}

public sealed record TimelineEvent(DateTimeOffset At, string Type, JsonElement Data);
