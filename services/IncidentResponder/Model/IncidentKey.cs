namespace GameDay.IncidentResponder.Model;

/// Alerts of one runbook about one resource belong to one incident: `ServiceDown` and `CrashLoop`
/// on execution-engine stay apart (different runbooks), two `ServiceDown`s on two services too.
public static class IncidentKey
{
    public static string For(AlertSignal alert) => $"{alert.Runbook ?? alert.AlertName}/{alert.Resource ?? "-"}";
}
