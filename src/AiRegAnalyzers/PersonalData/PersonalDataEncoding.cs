namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Framework methods that change the form of a value but not what it says: URL and HTML escaping,
/// text to bytes, Base64. Personal data goes through them unchanged (unlike sanitizers).
/// </summary>
internal static class PersonalDataEncoding
{
    /// <summary>Whether <paramref name="method"/> is a framework encoder whose result still holds its arguments' data.</summary>
    public static bool IsEncoding(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null || !IsFrameworkType(type))
        {
            return false;
        }

        var name = method.Name;
        if (name.StartsWith("Escape", StringComparison.Ordinal) || name.IndexOf("Encode", StringComparison.Ordinal) >= 0)
        {
            // Uri.EscapeDataString, WebUtility.UrlEncode, HttpUtility.UrlEncode, UrlEncoder.Encode, HtmlEncoder.Encode.
            return true;
        }

        return name switch
        {
            "GetBytes" => type.Name is "Encoding" or "UTF8Encoding" or "UnicodeEncoding" or "ASCIIEncoding" or "Latin1Encoding" or "UTF32Encoding",
            "ToBase64String" or "ToHexString" or "ToHexStringLower" => type.Name == "Convert",
            _ => false,
        };
    }

    /// <summary>Types of the framework itself (namespace <c>System</c> or <c>Microsoft</c>).</summary>
    public static bool IsFrameworkType(INamedTypeSymbol? type)
    {
        var ns = type?.ContainingNamespace;
        if (ns is null)
        {
            return false;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name is "System" or "Microsoft";
    }
}
