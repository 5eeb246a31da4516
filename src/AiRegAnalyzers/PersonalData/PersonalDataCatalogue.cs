namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The library APIs that carry personal data, in one place. A framework or package member is
/// personal data only through an attribute, the configuration or this catalogue (names classify only
/// the application's own symbols, <see cref="ApplicationAssemblies"/>). Resolved once per compilation.
/// </summary>
/// <remarks>
/// Covered: ASP.NET Core Identity (the members of <c>IdentityUser</c> that hold the user's e-mail, phone
/// and user name, also the normalized ones, and the <c>UserManager</c> getters); the signed-in user's name
/// (<c>User.Identity.Name</c>); claims read by type (<c>FindFirst</c>, <c>FindFirstValue</c>,
/// <c>Claims.First(c =&gt; c.Type == ...)</c>) whose type is a personal claim (<c>ClaimTypes.Email</c>,
/// <c>Name</c>, <c>MobilePhone</c>, <c>StreetAddress</c>, <c>DateOfBirth</c>, the OpenID Connect short names);
/// the client's address (<c>Connection.RemoteIpAddress</c>, the <c>X-Forwarded-For</c> and <c>X-Real-IP</c>
/// headers); and query, form, route, header and cookie values read by a key that names personal data
/// (<c>Request.Query["email"]</c>). Prompts and model output of the AI SDKs are the content types of
/// <c>AiSinks</c> (AIREG201, AIREG203), not personal data by themselves.
/// </remarks>
internal sealed class PersonalDataCatalogue
{
    private static readonly PersonalDataClassification Contact = new(PersonalDataCategory.Contact, isSensitive: false);
    private static readonly PersonalDataClassification PersonName = new(PersonalDataCategory.Identity, isSensitive: false);
    private static readonly PersonalDataClassification Online = new(PersonalDataCategory.OnlineIdentifier, isSensitive: false);
    private static readonly PersonalDataClassification Demographic = new(PersonalDataCategory.Demographic, isSensitive: false);

    /// <summary>Claim types by their last URI segment (<c>ClaimTypes.*</c>) or OpenID Connect name; ids (<c>nameidentifier</c>, <c>sub</c>) are pseudonymous.</summary>
    private static readonly Dictionary<string, PersonalDataClassification> ClaimTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["emailaddress"] = Contact, ["email"] = Contact, ["mobilephone"] = Contact, ["homephone"] = Contact, ["otherphone"] = Contact,
        ["phone_number"] = Contact, ["streetaddress"] = Contact, ["address"] = Contact, ["postalcode"] = Contact,
        ["name"] = PersonName, ["givenname"] = PersonName, ["given_name"] = PersonName, ["surname"] = PersonName, ["family_name"] = PersonName,
        ["middle_name"] = PersonName, ["nickname"] = Online, ["preferred_username"] = Online, ["upn"] = Online, ["windowsaccountname"] = Online,
        ["dateofbirth"] = Demographic, ["birthdate"] = Demographic, ["gender"] = Demographic,
    };

    /// <summary>Headers that carry the client's address.</summary>
    private static readonly HashSet<string> ClientAddressHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Forwarded-For", "X-Real-IP", "X-Client-IP", "X-Original-For", "Forwarded", "CF-Connecting-IP", "True-Client-IP", "X-Cluster-Client-IP",
    };

    private readonly Dictionary<ISymbol, PersonalDataClassification> _members = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _keyedCollections = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _passThrough = new(SymbolEqualityComparer.Default);
    private readonly IPropertySymbol? _claimType;

    public PersonalDataCatalogue(Compilation compilation)
    {
        var identityUser = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.IdentityUser`1");
        AddMembers(identityUser, Contact, "Email", "NormalizedEmail", "PhoneNumber");
        AddMembers(identityUser, Online, "UserName", "NormalizedUserName");
        var userManager = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.UserManager`1");
        AddMembers(userManager, Contact, "GetEmailAsync", "GetPhoneNumberAsync");
        AddMembers(userManager, Online, "GetUserNameAsync", "GetUserName");

        AddMembers(compilation.GetTypeByMetadataName("System.Security.Principal.IIdentity"), Online, "Name");
        AddMembers(compilation.GetTypeByMetadataName("System.Security.Claims.ClaimsIdentity"), Online, "Name");
        AddMembers(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.ConnectionInfo"), Online, "RemoteIpAddress");
        AddMembers(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature"), Online, "RemoteIpAddress");
        var headers = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary");
        AddMembers(headers, Online, "XForwardedFor", "UserAgent");

        AddType(_keyedCollections, headers);
        AddType(_keyedCollections, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IQueryCollection"));
        AddType(_keyedCollections, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IFormCollection"));
        AddType(_keyedCollections, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IRequestCookieCollection"));
        AddType(_keyedCollections, compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.RouteValueDictionary"));

        var claim = compilation.GetTypeByMetadataName("System.Security.Claims.Claim");
        _claimType = First<IPropertySymbol>(claim, "Type");
        if (First<IPropertySymbol>(claim, "Value") is { } value)
        {
            // A claim's value is what the claim is: FindFirst(ClaimTypes.Email)?.Value.
            _passThrough.Add(value);
        }

        IsEmpty = _members.Count == 0 && _keyedCollections.Count == 0 && _claimType is null;
    }

    /// <summary>No catalogued library is referenced.</summary>
    public bool IsEmpty { get; }

    /// <summary>The classification of a catalogued library member (<c>IdentityUser.Email</c>, <c>User.Identity.Name</c>).</summary>
    public PersonalDataClassification? ClassifyMember(ISymbol symbol)
    {
        if (_members.Count == 0)
        {
            return null;
        }

        if (_members.TryGetValue(symbol.OriginalDefinition, out var classification))
        {
            return classification;
        }

        // IdentityUser<TKey>.Email reached through IdentityUser, or an override of a catalogued property.
        return symbol is IPropertySymbol { OverriddenProperty: { } overridden } ? ClassifyMember(overridden) : null;
    }

    /// <summary>A library member whose value is what its instance holds (<c>Claim.Value</c>).</summary>
    public bool IsPassThrough(ISymbol symbol) => _passThrough.Count > 0 && _passThrough.Contains(symbol.OriginalDefinition);

    /// <summary>
    /// A read whose key says what it returns: a claim looked up by type, a request value by name
    /// (<c>Request.Query["email"]</c>, <c>Request.Headers["X-Forwarded-For"]</c>, <c>GetRouteValue("phone")</c>).
    /// </summary>
    public PersonalDataClassification? ClassifyRead(IOperation operation, NameClassifier names)
    {
        if (IsEmpty)
        {
            return null;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when indexer.Property.ContainingType is { } collection && _keyedCollections.Contains(collection.OriginalDefinition):
                return ClassifyKey(indexer.Arguments[0].Value, names);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "FindFirst" or "FindFirstValue" or "FindAll" when IsClaimsNamespace(method.ContainingNamespace):
                        return ClassifyClaimType(LastStringArgument(invocation));
                    case "GetRouteValue" or "GetString":
                        return method.ContainingNamespace.IsNamespace("Microsoft.AspNetCore", orBelow: true)
                            ? ClassifyKey(LastStringArgument(invocation), names)
                            : null;
                    case "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault" or "Where" when _claimType is not null:
                        return ClassifyClaimPredicate(invocation);
                }

                return null;
            default:
                return null;
        }
    }

    private PersonalDataClassification? ClassifyKey(IOperation? key, NameClassifier names)
    {
        if (key?.ConstantValue is not { HasValue: true, Value: string name } || name.Length == 0)
        {
            return null;
        }

        return ClientAddressHeaders.Contains(name) ? Online : names.Classify(name);
    }

    /// <summary><c>claims.First(c =&gt; c.Type == ClaimTypes.Email)</c>.</summary>
    private PersonalDataClassification? ClassifyClaimPredicate(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value;
            while (value is IDelegateCreationOperation delegateCreation)
            {
                value = delegateCreation.Target;
            }

            if (value is not IAnonymousFunctionOperation lambda)
            {
                continue;
            }

            foreach (var statement in lambda.Body.Operations)
            {
                if (statement is IReturnOperation { ReturnedValue: IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals })
                {
                    var constant = IsClaimType(equals.LeftOperand) ? equals.RightOperand : IsClaimType(equals.RightOperand) ? equals.LeftOperand : null;
                    return ClassifyClaimType(constant);
                }
            }
        }

        return null;
    }

    private bool IsClaimType(IOperation operand)
    {
        while (operand is IConversionOperation conversion)
        {
            operand = conversion.Operand;
        }

        return operand is IPropertyReferenceOperation property && SymbolEqualityComparer.Default.Equals(property.Property.OriginalDefinition, _claimType);
    }

    private static PersonalDataClassification? ClassifyClaimType(IOperation? type)
    {
        if (type?.ConstantValue is not { HasValue: true, Value: string uri })
        {
            return null;
        }

        var slash = uri.LastIndexOf('/');
        var name = slash >= 0 ? uri.Substring(slash + 1) : uri;
        return ClaimTypes.TryGetValue(name, out var classification) ? classification : null;
    }

    private static IOperation? LastStringArgument(IInvocationOperation invocation)
    {
        for (var i = invocation.Arguments.Length - 1; i >= 0; i--)
        {
            var argument = invocation.Arguments[i];
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool IsClaimsNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Claims", ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    private void AddMembers(INamedTypeSymbol? type, PersonalDataClassification classification, params string[] names)
    {
        if (type is null)
        {
            return;
        }

        foreach (var name in names)
        {
            foreach (var member in type.GetMembers(name))
            {
                _members[member] = classification;
            }
        }
    }

    private static void AddType(HashSet<INamedTypeSymbol> set, INamedTypeSymbol? type)
    {
        if (type is not null)
        {
            set.Add(type);
        }
    }

    private static T? First<T>(INamedTypeSymbol? type, string name)
        where T : class, ISymbol
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is T typed)
            {
                return typed;
            }
        }

        return null;
    }
}
