using GameDay.Contracts;

namespace GameDay.ExecutionEngine.Model;

/// Statuses are stored and reported in upper snake case (`PARTIALLY_FILLED`).
public static class OrderStatusText
{
    private static readonly Dictionary<OrderStatus, string> ToTextMap =
        Enum.GetValues<OrderStatus>().ToDictionary(s => s, Snake);

    private static readonly Dictionary<string, OrderStatus> FromTextMap =
        ToTextMap.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToText(this OrderStatus status) => ToTextMap[status];

    public static OrderStatus Parse(string text) =>
        FromTextMap.TryGetValue(text, out var status) ? status : throw new FormatException($"Unknown order status '{text}'.");

    public static bool TryParse(string? text, out OrderStatus status) =>
        FromTextMap.TryGetValue(text ?? "", out status);

    private static string Snake(OrderStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
