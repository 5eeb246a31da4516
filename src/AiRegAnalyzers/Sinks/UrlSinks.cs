namespace AiRegAnalyzers.Sinks;

/// <summary>How a URL sink's argument becomes part of a URL.</summary>
internal enum UrlPart
{
    /// <summary>Not a URL argument.</summary>
    None,

    /// <summary>The whole URL (<c>requestUri</c>, <c>uriString</c>, <c>url</c>): personal data counts when built into it.</summary>
    WholeUrl,

    /// <summary>A query value or path piece (<c>QueryHelpers.AddQueryString(url, "email", value)</c>): any personal data counts.</summary>
    Piece,

    /// <summary>Query parameters given as a collection (<c>IDictionary&lt;string, string?&gt;</c>): its initializer values count.</summary>
    Collection,

    /// <summary>Route values that become query parameters (<c>RedirectToAction("Find", new { email })</c>): every member counts.</summary>
    RouteValues,
}

/// <summary>
/// The APIs that put a value into a URL: <c>HttpClient</c> and its JSON extensions,
/// <c>HttpRequestMessage</c>, <c>Uri</c>, <c>UriBuilder</c>, <c>QueryHelpers</c>, <c>QueryString</c>,
/// redirects (<c>HttpResponse.Redirect</c>, <c>Results</c>/<c>TypedResults</c>, MVC and Razor Pages,
/// <c>RedirectResult</c>), <c>NavigationManager.NavigateTo</c>, <c>WebClient</c> and <c>WebRequest</c>.
/// Resolved once per compilation; absent types are simply never matched.
/// </summary>
internal sealed class UrlSinks
{
    private readonly INamedTypeSymbol? _httpClient;
    private readonly INamedTypeSymbol? _httpClientJson;
    private readonly INamedTypeSymbol? _httpRequestMessage;
    private readonly INamedTypeSymbol? _uri;
    private readonly INamedTypeSymbol? _uriBuilder;
    private readonly INamedTypeSymbol? _queryHelpers;
    private readonly INamedTypeSymbol? _queryString;
    private readonly INamedTypeSymbol? _httpResponse;
    private readonly INamedTypeSymbol? _results;
    private readonly INamedTypeSymbol? _typedResults;
    private readonly INamedTypeSymbol? _controllerBase;
    private readonly INamedTypeSymbol? _pageModel;
    private readonly INamedTypeSymbol? _redirectResult;
    private readonly INamedTypeSymbol? _localRedirectResult;
    private readonly INamedTypeSymbol? _redirectHttpResult;
    private readonly INamedTypeSymbol? _navigationManager;
    private readonly INamedTypeSymbol? _webClient;
    private readonly INamedTypeSymbol? _webRequest;
    private readonly HashSet<INamedTypeSymbol> _sinkTypes = new(SymbolEqualityComparer.Default);
    private HashSet<string>? _siteNames;

    private UrlSinks(Compilation compilation)
    {
        _httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        _httpClientJson = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        _httpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        _uri = compilation.GetTypeByMetadataName("System.Uri");
        _uriBuilder = compilation.GetTypeByMetadataName("System.UriBuilder");
        _queryHelpers = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.WebUtilities.QueryHelpers");
        _queryString = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.QueryString");
        _httpResponse = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponse");
        _results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
        _typedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
        _controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        _pageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        _redirectResult = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RedirectResult");
        _localRedirectResult = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.LocalRedirectResult");
        _redirectHttpResult = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult");
        _navigationManager = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Components.NavigationManager");
        _webClient = compilation.GetTypeByMetadataName("System.Net.WebClient");
        _webRequest = compilation.GetTypeByMetadataName("System.Net.WebRequest");
        foreach (var type in new[]
        {
            _httpClient, _httpClientJson, _httpRequestMessage, _uri, _uriBuilder, _queryHelpers, _queryString, _httpResponse, _results, _typedResults,
            _controllerBase, _pageModel, _redirectResult, _localRedirectResult, _redirectHttpResult, _navigationManager, _webClient, _webRequest,
        })
        {
            if (type is not null)
            {
                _sinkTypes.Add(type);
            }
        }
    }

    /// <summary>The catalogue of <paramref name="compilation"/>, shared by every rule that uses it.</summary>
    public static UrlSinks Get(Compilation compilation) => PerCompilation<UrlSinks>.Get(compilation, c => new UrlSinks(c));

    /// <summary>Whether any URL API is referenced at all (else the rule registers nothing).</summary>
    public bool IsEmpty => _uri is null && _httpClient is null && _httpResponse is null && _navigationManager is null;

    /// <summary>The part an argument of <paramref name="method"/> (a method or constructor) plays in a URL.</summary>
    public UrlPart Classify(IMethodSymbol method, IParameterSymbol parameter)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return UrlPart.None;
        }

        var name = parameter.Name;
        if (method.MethodKind == MethodKind.Constructor)
        {
            if (Is(type, _uri))
            {
                return name is "uriString" or "relativeUri" ? UrlPart.WholeUrl : UrlPart.None;
            }

            if (Is(type, _uriBuilder))
            {
                return parameter.Type.SpecialType != SpecialType.System_String ? UrlPart.None
                    : name is "uri" ? UrlPart.WholeUrl
                    : name is "hostName" or "pathValue" or "extraValue" ? UrlPart.Piece : UrlPart.None;
            }

            if (Is(type, _httpRequestMessage))
            {
                return name == "requestUri" ? UrlPart.WholeUrl : UrlPart.None;
            }

            if (Is(type, _redirectResult) || Is(type, _localRedirectResult) || Is(type, _redirectHttpResult))
            {
                return name is "url" or "localUrl" ? UrlPart.WholeUrl : UrlPart.None;
            }

            return UrlPart.None;
        }

        if (Is(type, _httpClient) || Is(type, _httpClientJson))
        {
            return name == "requestUri" ? UrlPart.WholeUrl : UrlPart.None;
        }

        if (Is(type, _queryHelpers))
        {
            return method.Name != "AddQueryString" ? UrlPart.None
                : name == "value" ? UrlPart.Piece
                : name == "queryString" ? UrlPart.Collection
                : name == "uri" ? UrlPart.WholeUrl : UrlPart.None;
        }

        if (Is(type, _queryString))
        {
            return method.Name is not ("Create" or "Add") ? UrlPart.None
                : name == "value" ? UrlPart.Piece
                : name == "parameters" ? UrlPart.Collection : UrlPart.None;
        }

        if (Is(type, _httpResponse))
        {
            return method.Name == "Redirect" && name == "location" ? UrlPart.WholeUrl : UrlPart.None;
        }

        if (Is(type, _navigationManager))
        {
            return method.Name == "NavigateTo" && name == "uri" ? UrlPart.WholeUrl : UrlPart.None;
        }

        if (Is(type, _results) || Is(type, _typedResults) || Is(type, _controllerBase) || Is(type, _pageModel))
        {
            if (!method.Name.StartsWith("Redirect", StringComparison.Ordinal) && !method.Name.StartsWith("LocalRedirect", StringComparison.Ordinal))
            {
                return UrlPart.None;
            }

            return name is "url" or "localUrl" ? UrlPart.WholeUrl
                : name == "routeValues" ? UrlPart.RouteValues : UrlPart.None;
        }

        if (Is(type, _webClient))
        {
            return name == "address" ? UrlPart.WholeUrl : UrlPart.None;
        }

        if (Is(type, _webRequest))
        {
            return name is "requestUriString" or "requestUri" ? UrlPart.WholeUrl : UrlPart.None;
        }

        return UrlPart.None;
    }

    /// <summary>Whether assigning <paramref name="property"/> sets a piece of a URL (<c>UriBuilder.Query</c>, <c>.Path</c>, <c>.Fragment</c>).</summary>
    public bool IsUrlPieceProperty(IPropertySymbol property) =>
        property.Name is "Query" or "Path" or "Fragment" or "Host" && Is(property.ContainingType, _uriBuilder);

    /// <summary>The names URL sites bear in source (<see cref="Flow.SinkCatalogue.SiteNames"/>): the URL types' members and constructors, the URL pieces of <c>UriBuilder</c>.</summary>
    public IEnumerable<string> SiteNames => _siteNames ??= BuildSiteNames();

    private HashSet<string> BuildSiteNames()
    {
        HashSet<string> names = new(StringComparer.Ordinal) { "Query", "Path", "Fragment", "Host" };
        foreach (var type in _sinkTypes)
        {
            foreach (var member in type.GetMembers())
            {
                // Exactly the methods with a parameter that is part of a URL (Collect asks the same).
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                foreach (var parameter in method.Parameters)
                {
                    if (Classify(method, parameter) != UrlPart.None)
                    {
                        names.Add(method.MethodKind == MethodKind.Constructor ? type.Name : method.Name);
                        break;
                    }
                }
            }
        }

        return names;
    }

    /// <summary>Whether <paramref name="type"/> declares URL APIs: one hash lookup, the cheap pre-check before looking at arguments.</summary>
    public bool IsCandidateType(INamedTypeSymbol? type) => type is not null && _sinkTypes.Contains(type.OriginalDefinition);

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}
