using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `notify {template}`: renders a communication message from the seeds' templates and keeps it on the
/// incident. "resolved" becomes an update: the core posts the real resolved message when it resolves.
public sealed class NotifyAction(NpgsqlDataSource dataSource, TimeProvider time) : IIncidentAction
{
    public string Name => "notify";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var template = context.Required("template");
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        if (await tx.LoadAsync(context.IncidentId, cancellationToken) is not { } incident) return ActionOutcome.Failed("the incident is gone.");
        var now = time.GetUtcNow();
        var message = template switch
        {
            "start" => CommunicationRenderer.Start(incident, now),
            "resolved" => CommunicationRenderer.Update(incident, "The runbook's verification passed.",
                "Resolve once every alert stays clear through the stabilisation window.", now),
            _ => CommunicationRenderer.Update(incident, $"Runbook {context.RunbookId} in progress.", "Follow the runbook's next steps.", now),
        };
        await tx.UpdateAsync(await IncidentMessages.KeepAsync(tx, incident, message, cancellationToken), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ActionOutcome.Ok($"{message.Kind} message posted to {message.Channel}.");
    }
}
