namespace AiRegAnalyzers.Secrets;

/// <summary>
/// The library APIs that take a key or a credential, resolved once per compilation and shared by
/// AIREG501 and AIREG502 (<see cref="CredentialSinkCatalogue"/> lists them as sinks of the flow core).
/// A constant that reaches one is a secret whatever it looks like (bar empty strings and
/// placeholders): the API says what the value is.
/// </summary>
internal sealed class CredentialSinks
{
    private readonly INamedTypeSymbol? _apiKeyCredential;
    private readonly INamedTypeSymbol? _azureKeyCredential;
    private readonly INamedTypeSymbol? _azureNamedKeyCredential;
    private readonly INamedTypeSymbol? _azureSasCredential;
    private readonly INamedTypeSymbol? _symmetricSecurityKey;
    private readonly INamedTypeSymbol? _keyedHashAlgorithm;
    private readonly INamedTypeSymbol? _symmetricAlgorithm;
    private readonly INamedTypeSymbol? _incrementalHash;
    private readonly INamedTypeSymbol? _aesGcm;
    private readonly INamedTypeSymbol? _aesCcm;
    private readonly INamedTypeSymbol? _chaCha20Poly1305;
    private readonly INamedTypeSymbol? _authenticationHeaderValue;
    private readonly INamedTypeSymbol? _httpHeaders;
    private readonly INamedTypeSymbol? _webHeaderCollection;
    private readonly ApplicationAssemblies _application;

    private CredentialSinks(Compilation compilation, ApplicationAssemblies application)
    {
        _application = application;
        _apiKeyCredential = compilation.GetTypeByMetadataName("System.ClientModel.ApiKeyCredential");
        _azureKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureKeyCredential");
        _azureNamedKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureNamedKeyCredential");
        _azureSasCredential = compilation.GetTypeByMetadataName("Azure.AzureSasCredential");
        _symmetricSecurityKey = compilation.GetTypeByMetadataName("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        _keyedHashAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm");
        _symmetricAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm");
        _incrementalHash = compilation.GetTypeByMetadataName("System.Security.Cryptography.IncrementalHash");
        _aesGcm = compilation.GetTypeByMetadataName("System.Security.Cryptography.AesGcm");
        _aesCcm = compilation.GetTypeByMetadataName("System.Security.Cryptography.AesCcm");
        _chaCha20Poly1305 = compilation.GetTypeByMetadataName("System.Security.Cryptography.ChaCha20Poly1305");
        _authenticationHeaderValue = compilation.GetTypeByMetadataName("System.Net.Http.Headers.AuthenticationHeaderValue");
        _httpHeaders = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
        _webHeaderCollection = compilation.GetTypeByMetadataName("System.Net.WebHeaderCollection");
    }

    /// <summary>The catalogue of <paramref name="compilation"/>; what counts as a library is the personal data model's provenance.</summary>
    public static CredentialSinks Get(Compilation compilation, AnalyzerOptions options) =>
        PerCompilation<CredentialSinks>.Get(compilation, c => new CredentialSinks(c, PersonalDataModel.Get(c, options).Application));

    /// <summary>A key of a credential type, a cipher, an HMAC or a signing key, or a library's <c>apiKey</c> parameter.</summary>
    public bool IsKey(ISymbol destination)
    {
        switch (destination)
        {
            case IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter:
                // The names and types first, the provenance last: most parameters (value, key of a dictionary) stop before it.
                var type = method.ContainingType;
                var isKey = parameter.Name is "apiKey" or "clientSecret"
                    // new OpenAIClient(apiKey), new ChatClient(model, apiKey), AddOpenAIChatCompletion(model, apiKey).
                    || (method.MethodKind == MethodKind.Constructor
                        && (Is(type, _apiKeyCredential) || Is(type, _azureKeyCredential) || Is(type, _azureSasCredential)))
                    || (parameter.Name is "key" or "rgbKey"
                        && (Is(type, _azureNamedKeyCredential) || Is(type, _incrementalHash) || Is(type, _aesGcm) || Is(type, _aesCcm) || Is(type, _chaCha20Poly1305)
                            || type.InheritsFromOrEquals(_symmetricSecurityKey) || type.InheritsFromOrEquals(_keyedHashAlgorithm) || type.InheritsFromOrEquals(_symmetricAlgorithm)));
                return isKey && IsLibrary(method);
            case IPropertySymbol { Name: "Key" } property:
                return (property.ContainingType.InheritsFromOrEquals(_keyedHashAlgorithm) || property.ContainingType.InheritsFromOrEquals(_symmetricAlgorithm))
                    && IsLibrary(property);
            default:
                return false;
        }
    }

    /// <summary>
    /// The credential part of an HTTP header: <c>new AuthenticationHeaderValue("Bearer", "…")</c>, or the value of
    /// <c>headers.Add(name, "…")</c> / <c>TryAddWithoutValidation</c> / <c>WebHeaderCollection.Add/Set</c> when the name
    /// is a constant <c>Authorization</c>, <c>Proxy-Authorization</c> or secret-named header (<c>X-Api-Key</c>).
    /// </summary>
    public bool IsHeaderCredential(IParameterSymbol parameter, IOperation site)
    {
        // The names first: most parameters stop at a string comparison, before the types and the provenance are looked at.
        if (parameter.Name is not ("parameter" or "value" or "values") || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        if (method.MethodKind == MethodKind.Constructor && Is(method.ContainingType, _authenticationHeaderValue))
        {
            return parameter.Name == "parameter" && IsLibrary(method);
        }

        if (parameter.Name is not ("value" or "values")
            || method.Name is not ("Add" or "TryAddWithoutValidation" or "Set")
            || !(method.ContainingType.InheritsFromOrEquals(_httpHeaders) || method.ContainingType.InheritsFromOrEquals(_webHeaderCollection))
            || site is not IInvocationOperation invocation
            || !IsLibrary(method))
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue is { HasValue: true, Value: string name })
            {
                return IsCredentialHeader(name);
            }
        }

        return false;
    }

    /// <summary>A library's password parameter or property: credential-named (<see cref="HardCodedCredentialAnalyzer.IsCredentialName"/>) and typed for text.</summary>
    public bool IsPassword(ISymbol destination, string[] credentialWords) =>
        destination is IParameterSymbol or IPropertySymbol
        && HardCodedCredentialAnalyzer.IsStringTyped(destination)
        && HardCodedCredentialAnalyzer.IsCredentialName(destination.Name, credentialWords)
        && IsLibrary(destination is IParameterSymbol { ContainingSymbol: { } method } ? method : destination);

    /// <summary><c>Authorization</c>, <c>Proxy-Authorization</c>, or a header named for a key or token (<c>X-Api-Key</c>, <c>Ocp-Apim-Subscription-Key</c>).</summary>
    internal static bool IsCredentialHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || HardCodedApiKeyAnalyzer.IsSecretName(name);

    private static readonly string[] AuthenticationSchemes = ["Bearer", "Basic", "Token", "Digest", "ApiKey", "SharedKey", "SSWS"];

    /// <summary>The credential in a header value: what follows an authentication scheme (<c>Bearer</c>, <c>Basic</c>, …), or the whole value.</summary>
    internal static string HeaderCredential(string value)
    {
        var trimmed = value.Trim();
        foreach (var scheme in AuthenticationSchemes)
        {
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == scheme.Length || trimmed[scheme.Length] == ' '))
            {
                return trimmed.Substring(scheme.Length).Trim();
            }
        }

        return trimmed;
    }

    /// <summary>A framework or package API (not the application's own, by the personal data model's provenance): a library says what its parameters take.</summary>
    public bool IsLibrary(ISymbol symbol) => !_application.Contains(symbol);

    private static bool Is(INamedTypeSymbol? a, INamedTypeSymbol? b) => b is not null && SymbolEqualityComparer.Default.Equals(a, b);
}
