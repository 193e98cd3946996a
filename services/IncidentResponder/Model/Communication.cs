namespace GameDay.IncidentResponder.Model;

/// A message as it would be posted (kept on the incident; nothing is sent anywhere).
public sealed record Communication(string Kind, DateTimeOffset At, string Channel, string Status, string Text);
