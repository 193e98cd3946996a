namespace GameDay.IncidentResponder.Conditions;

public static class ConditionServices
{
    public static IServiceCollection AddConditionEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<IConditionProbe, ResourceProbe>();
        services.AddSingleton<IConditionProbe, TradingProbe>();
        services.AddSingleton<IConditionProbe, StreamProbe>();
        services.AddSingleton<IConditionProbe, PostgresProbe>();
        services.AddSingleton<IConditionProbe, AlertProbe>();
        services.AddSingleton<IConditionProbe, UnevaluatedProbe>();
        services.AddSingleton<IConditionEvaluator, ConditionEvaluator>();
        return services;
    }
}
