namespace GameDay.Broker.Model;

public static class VenueModes
{
    public const string Normal = "normal";
    public const string Maintenance = "maintenance";
    public const string CancelOnly = "cancel_only";

    public static readonly IReadOnlyList<string> All = [Normal, Maintenance, CancelOnly];
}
