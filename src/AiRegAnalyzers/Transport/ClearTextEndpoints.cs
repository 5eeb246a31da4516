namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG403's model of a clear-text endpoint: which hosts are public (not loopback, reserved, an XML
/// namespace owner, a single label or a placeholder) and where a URL literal is used as an endpoint
/// (a network API of a library, or an endpoint-named setting), as opposed to data handed to the
/// application's own domain objects.
/// </summary>
internal static class ClearTextEndpoints
{
    private static readonly string[] BuiltInHostSuffixes =
    [
        // Loopback and reserved names (RFC 2606, RFC 6761), and the host seen from a container.
        "localhost", "localhost.localdomain", "host.docker.internal", "example.com", "example.org", "example.net", "example", "test", "invalid",
        // Microsoft's documentation companies, used as placeholders the way example.com is.
        "contoso.com", "fabrikam.com",
        // XML namespace and schema owners: identifiers, never fetched.
        "w3.org", "schemas.xmlsoap.org", "schemas.microsoft.com", "schemas.openxmlformats.org",
        "schemas.android.com", "purl.org", "xmlns.com", "json-schema.org", "tempuri.org", "ns.adobe.com",
    ];

    /// <summary>Host labels that say "fill me in" (<c>your-domain.com</c>, <c>api.xxx.com</c>, <c>placeholder.cn</c>).</summary>
    private static readonly HashSet<string> PlaceholderLabels = new(StringComparer.Ordinal)
    {
        "your", "yours", "yourdomain", "yoursite", "yourserver", "yourcompany", "yourhost", "yourapp", "mydomain", "myserver",
        "mysite", "myhost", "mycompany", "example", "sample", "placeholder", "dummy", "fake", "changeme", "xxx", "xxxx",
        "xxxxx", "domain", "hostname", "servername", "foo", "bar",
    };

    /// <summary>Head words of a name that holds an endpoint (<c>ReportServiceUrl</c>, <c>LabEndpoint</c>, <c>BaseAddress</c>).</summary>
    private static readonly HashSet<string> EndpointWords = new(StringComparer.Ordinal)
    {
        "url", "urls", "uri", "uris", "endpoint", "endpoints", "address", "addresses", "host", "hosts", "server", "servers",
        "webhook", "webhooks", "api", "authority",
    };

    /// <summary>Words after the head that keep it an endpoint: <c>BaseUrlString</c>, <c>ApiUrlPrefix</c>.</summary>
    private static readonly HashSet<string> EndpointModifiers = new(StringComparer.Ordinal)
    {
        "string", "str", "value", "prefix", "base", "root",
    };

    /// <summary>
    /// Words that make a URL a link or a resource, not a service the code calls: XML namespaces and
    /// schemas, documentation, licences, images and other media shown to people.
    /// </summary>
    private static readonly HashSet<string> NotEndpointWords = new(StringComparer.Ordinal)
    {
        "namespace", "xmlns", "ns", "schema", "xsd", "xml", "help", "doc", "docs", "documentation", "license",
        "homepage", "website", "repository", "project", "policy", "terms", "privacy", "image", "images", "img", "icon",
        "logo", "picture", "pictures", "photo", "photos", "avatar", "thumbnail", "banner", "video", "audio", "media",
        "asset", "assets", "stylesheet", "css", "font", "favicon", "contact",
    };

    /// <summary>Head words of the application's own types that take endpoints; other own types are domain objects.</summary>
    private static readonly HashSet<string> EndpointOwnerWords = new(StringComparer.Ordinal)
    {
        "client", "clients", "options", "settings", "setting", "config", "configuration", "service", "connection",
        "channel", "endpoint", "gateway", "proxy", "api", "connector", "sender", "provider",
    };

    /// <summary>
    /// The host is not a public endpoint: loopback, unspecified, reserved (RFC 2606/6761), an XML namespace
    /// owner, a single label (<c>http://placeholder-host/…</c>, <c>http://myserver</c>, a container's service
    /// name), a placeholder (<c>your-domain.com</c>, <c>xxx.cn</c>), or one of <paramref name="extra"/>.
    /// </summary>
    internal static bool IsAllowedHost(string host, string[] extra)
    {
        if (host == "[::1]" || host == "0.0.0.0" || host == "[::]" || host.StartsWith("127.", StringComparison.Ordinal))
        {
            return true;
        }

        if (host.Length == 0 || (host.IndexOf('.') < 0 && host[0] != '['))
        {
            return true;
        }

        foreach (var suffix in BuiltInHostSuffixes)
        {
            if (MatchesDomain(host, suffix))
            {
                return true;
            }
        }

        if (HasPlaceholderLabel(host))
        {
            return true;
        }

        foreach (var entry in extra)
        {
            var suffix = entry.StartsWith("*.", StringComparison.Ordinal) ? entry.Substring(2)
                : entry.StartsWith(".", StringComparison.Ordinal) ? entry.Substring(1)
                : entry;
            if (MatchesDomain(host, suffix.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPlaceholderLabel(string host)
    {
        var start = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i == host.Length || host[i] is '.' or '-' or '_')
            {
                if (i > start && PlaceholderLabels.Contains(host.Substring(start, i - start)))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    private static bool MatchesDomain(string host, string domain) =>
        host == domain
        || (host.Length > domain.Length
            && host.EndsWith(domain, StringComparison.Ordinal)
            && host[host.Length - domain.Length - 1] == '.');

    /// <summary>
    /// The URL is used as an endpoint: passed to a library's network API (a parameter of type <c>Uri</c> or
    /// named for an endpoint: <c>HttpClient.GetAsync(requestUri)</c>, <c>new HttpRequestMessage(method, requestUri)</c>,
    /// <c>WebRequest.Create</c>, <c>WebClient</c>, <c>BaseAddress</c>), wrapped in <c>new Uri(…)</c> that goes
    /// to one, stored in an endpoint-named setting, or passed to the application's own endpoint-named
    /// parameter (a wrapper). Not: data handed to the application's own domain objects (constructor
    /// arguments and properties of types that are not clients, settings or services), the helpers of
    /// <c>System.Uri</c>, and XML namespace APIs.
    /// </summary>
    internal static bool IsUsedAsEndpoint(IOperation operation, INamedTypeSymbol uri, ApplicationAssemblies application) =>
        IsUsedAsEndpoint(operation, uri, application, followUri: true);

    private static bool IsUsedAsEndpoint(IOperation operation, INamedTypeSymbol uri, ApplicationAssemblies application, bool followUri)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter } argument:
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType, uri))
                {
                    // new Uri("http://…") is an endpoint when the Uri is; Uri.EscapeDataString, IsWellFormedUriString and
                    // TryCreate only look at the text.
                    return followUri && method.MethodKind == MethodKind.Constructor && argument.Parent is IObjectCreationOperation creation
                        && IsUsedAsEndpoint(creation, uri, application, followUri: false);
                }

                return IsEndpointParameter(parameter, method, uri, application);
            case IAssignmentOperation { Target: IMemberReferenceOperation member }:
                return IsEndpointMember(member, uri, application);
            case ISimpleAssignmentOperation assignment:
                return assignment.Target switch
                {
                    ILocalReferenceOperation l => IsEndpointName(l.Local.Name),
                    IParameterReferenceOperation p => IsEndpointName(p.Parameter.Name),
                    _ => false,
                };
            case IFieldInitializerOperation { InitializedFields: { Length: > 0 } fields }:
                return IsEndpointName(fields[0].Name);
            case IPropertyInitializerOperation { InitializedProperties: { Length: > 0 } properties }:
                return IsEndpointName(properties[0].Name);
            case IParameterInitializerOperation { Parameter: { } parameterWithDefault }:
                return IsEndpointName(parameterWithDefault.Name);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } }:
                return IsEndpointName(local.Name);
            case IReturnOperation:
                // public string BaseUrl => "http://…"; Uri ReportEndpoint() { return new Uri("http://…"); }
                return ReturningMember(parent) is { } returning && IsEndpointName(returning.Name);
            default:
                return false;
        }
    }

    private static bool IsEndpointParameter(IParameterSymbol parameter, IMethodSymbol method, INamedTypeSymbol uri, ApplicationAssemblies application)
    {
        if (application.Contains(method))
        {
            // The application's own method: a wrapper when the parameter is endpoint-named; a constructor only
            // when its type takes endpoints (a client or settings), not a domain object holding a link.
            return IsEndpointName(parameter.Name)
                && (method.MethodKind != MethodKind.Constructor || IsEndpointOwner(method.ContainingType));
        }

        if (IsXmlApi(method))
        {
            // Namespace URIs (XmlNamespaceManager.AddNamespace, CreateElement(prefix, name, namespaceURI)) are names;
            // only loading a document (XmlReader.Create(inputUri), XDocument.Load(uri)) fetches it.
            return method.Name is "Create" or "Load" && parameter.Name is "inputUri" or "uri";
        }

        return (SymbolEqualityComparer.Default.Equals(parameter.Type, uri) || IsEndpointName(parameter.Name))
            && !HasNotEndpointWord(method.ContainingType);
    }

    private static bool IsEndpointMember(IMemberReferenceOperation reference, INamedTypeSymbol uri, ApplicationAssemblies application)
    {
        var member = reference.Member;
        if (member is IPropertySymbol { IsIndexer: true })
        {
            return false;
        }

        if (!application.Contains(member))
        {
            // HttpClient.BaseAddress, HttpRequestMessage.RequestUri, WebClient.BaseAddress, JwtBearerOptions.Authority;
            // not the links of a type named for them (OpenApiContact.Url, OpenApiLicense.Url).
            var type = member switch
            {
                IPropertySymbol p => p.Type,
                IFieldSymbol f => f.Type,
                _ => null,
            };
            return (SymbolEqualityComparer.Default.Equals(type, uri) || IsEndpointName(member.Name)) && !HasNotEndpointWord(member.ContainingType);
        }

        // The application's own member: a setting when it is endpoint-named, unless it is set on a domain object
        // (new Comment { Url = "http://…" }, comment.Url = "http://…"): a link that object holds, not a service called.
        var onAnotherInstance = reference.Instance is not null and not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
        return IsEndpointName(member.Name) && (!onAnotherInstance || IsEndpointOwner(member.ContainingType));
    }

    private static ISymbol? ReturningMember(IOperation returnOperation)
    {
        var symbol = returnOperation.SemanticModel?.GetEnclosingSymbol(returnOperation.Syntax.SpanStart);
        return symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => null,
            IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => property,
            _ => symbol,
        };
    }

    internal static bool IsEndpointName(string name)
    {
        var words = IdentifierWords.Split(name);
        var head = words.Count - 1;
        while (head > 0 && EndpointModifiers.Contains(words[head]))
        {
            head--;
        }

        if (head < 0 || !EndpointWords.Contains(words[head]))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (NotEndpointWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNotEndpointWord(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(type.Name))
        {
            if (NotEndpointWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEndpointOwner(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var words = IdentifierWords.Split(type.Name);
        return words.Count > 0 && EndpointOwnerWords.Contains(words[words.Count - 1]);
    }

    private static bool IsXmlApi(IMethodSymbol method) => method.ContainingNamespace.IsNamespace("System.Xml", orBelow: true);
}
