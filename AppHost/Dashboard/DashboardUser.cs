namespace GameDay.AppHost.Dashboard;

/// Who acts in this browser tab: the name approvals and acknowledgements are recorded under (per circuit).
public sealed class DashboardUser
{
    public string Name { get; set; } = "dashboard";
}
