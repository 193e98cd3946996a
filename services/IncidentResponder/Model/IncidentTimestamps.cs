namespace GameDay.IncidentResponder.Model;

/// The timestamps drills are scored on, in the order they must hold (docs/architecture.md, "The incident responder").
public sealed record IncidentTimestamps(
    DateTimeOffset? FaultInjectedAt,
    DateTimeOffset FirstSignalAt,
    DateTimeOffset DetectedAt,
    DateTimeOffset? AcknowledgedAt = null,
    DateTimeOffset? MitigatedAt = null,
    DateTimeOffset? RecoveredAt = null,
    DateTimeOffset? ResolvedAt = null,
    DateTimeOffset? ClosedAt = null)
{
    public IEnumerable<DateTimeOffset?> InOrder() =>
        [FaultInjectedAt, FirstSignalAt, DetectedAt, AcknowledgedAt, MitigatedAt, RecoveredAt, ResolvedAt, ClosedAt];

    public bool IsOrdered()
    {
        DateTimeOffset? previous = null;
        foreach (var at in InOrder())
        {
            if (at is null) continue;
            if (previous is not null && at < previous) return false;
            previous = at;
        }
        return true;
    }

    /// The latest timestamp set so far: a new step is never recorded before it, so the order holds
    /// even when clocks (Prometheus's startsAt/endsAt vs ours) disagree by a few milliseconds.
    public DateTimeOffset Latest() => InOrder().Where(t => t is not null).Max()!.Value;

    public DateTimeOffset NotBeforeLatest(DateTimeOffset candidate)
    {
        var latest = Latest();
        return candidate < latest ? latest : candidate;
    }
}
