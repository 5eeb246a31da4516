namespace AiRegAnalyzers.Sinks;

/// <summary>How sinks are named in messages.</summary>
internal static class SinkNames
{
    /// <summary><c>ILogger.LogInformation</c>, <c>File.WriteAllText</c>, <c>new Uri</c>: an extension method under the type it extends.</summary>
    public static string Qualified(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        if (method.MethodKind == MethodKind.Constructor)
        {
            return "new " + method.ContainingType.Name;
        }

        var type = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type.Name : method.ContainingType?.Name;
        return type is null ? method.Name : type + "." + method.Name;
    }
}
