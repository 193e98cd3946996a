using GameDay.Contracts;
using System.Text.RegularExpressions;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.analyze {table}`: refreshes the planner's statistics of one table.
public sealed partial class AnalyzeAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.analyze";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var table = context.Required("table");
        // ANALYZE takes no parameters: the name is checked instead and quoted.
        if (!TableName().IsMatch(table)) return ActionOutcome.Failed($"'{table}' is not a plain table name.");
        await QueryAsync($"ANALYZE \"{table}\"", cancellationToken);
        return ActionOutcome.Ok($"analyzed {table}.");
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex TableName();
}
