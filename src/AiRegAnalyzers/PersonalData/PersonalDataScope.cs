using System.Collections.Concurrent;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Classifies symbols, types and methods under one configuration, caching every answer per
/// symbol; <see cref="Find"/> follows a value with the flow core (<see cref="Flow.ValueFlow{T}"/>).
/// </summary>
internal sealed class PersonalDataScope
{
    private static readonly string[] SanitizerWords =
    [
        "mask", "masked", "redact", "redacted", "hash", "hashed", "encrypt", "encrypted", "protect", "protected",
        "anonymize", "anonymise", "anonymized", "pseudonymize", "pseudonymise", "pseudonymized", "tokenize", "tokenise", "obfuscate",
    ];

    private readonly PersonalDataTypes _types;
    private readonly PersonalDataCatalogue _catalogue;
    private readonly ApplicationAssemblies _application;
    private readonly bool _treatIdsAsPersonalData;
    private PersonalDataSource? _source;
    private Func<IOperation, bool>? _mayCarry;
    private Func<ImmutableArray<IArgumentOperation>, bool>? _anyArgument;

    internal PersonalDataTypes Types => _types;

    internal PersonalDataCatalogue Catalogue => _catalogue;

    internal NameClassifier Names => _names;

    private readonly NameClassifier _names;
    private readonly HashSet<string> _excludedNames;
    private readonly ImmutableArray<(string? Namespace, string Name)> _attributeNames;
    private readonly MethodNameList _sanitizers;
    private readonly ConcurrentDictionary<ISymbol, PersonalDataClassification?> _symbols = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CarrierInfo?[]> _carriers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sanitizerMethods = new(SymbolEqualityComparer.Default);

    public PersonalDataScope(
        PersonalDataTypes types,
        PersonalDataCatalogue catalogue,
        ApplicationAssemblies application,
        ImmutableArray<string> extraNames,
        ImmutableArray<string> excludedNames,
        ImmutableArray<string> attributeNames,
        ImmutableArray<string> sanitizerMethods,
        bool treatIdsAsPersonalData)
    {
        _types = types;
        _catalogue = catalogue;
        _application = application;
        _treatIdsAsPersonalData = treatIdsAsPersonalData;
        _names = extraNames.IsEmpty ? NameClassifier.Default : new NameClassifier(extraNames);
        _excludedNames = new HashSet<string>(excludedNames, StringComparer.OrdinalIgnoreCase);
        _attributeNames = ParseAttributeNames(attributeNames);
        _sanitizers = new MethodNameList(sanitizerMethods);
    }

    /// <summary>
    /// The personal data that <paramref name="value"/> carries, following locals, interpolation,
    /// concatenation, formatting, conditionals and sanitizers; <see langword="null"/> if none.
    /// </summary>
    public PersonalDataFinding? Find(IOperation? value, CarrierUse carrierUse = CarrierUse.Stringified) =>
        Flow.ValueFlow<PersonalDataFinding>.Find(Source, value, carrierUse);

    /// <summary>Whether <paramref name="value"/> holds personal data for some use (serialized, the widest): a cheap gate before a wrapper's summary is asked.</summary>
    public Func<IOperation, bool> MayCarry => _mayCarry ??= value => Find(value, CarrierUse.Serialized) is not null;

    /// <summary>
    /// Whether any of the <paramref name="arguments"/> of the call <paramref name="site"/> may carry personal data
    /// (<see cref="MayCarry"/>), asked once per call for all the rules that share this scope.
    /// </summary>
    public bool MayCarryAnyArgument(IOperation site, ImmutableArray<IArgumentOperation> arguments) =>
        Flow.BodyMemo.Get(this, site, arguments, _anyArgument ??= args => Flow.SinkCatalogue.AnyArgument(args, MayCarry));

    /// <summary>Personal data under this configuration, as the flow core's source (one per scope: it keys the method summaries).</summary>
    internal PersonalDataSource Source => _source ??= new PersonalDataSource(this);

    /// <summary>How a property, field, parameter, local or method (its return value) is classified by attributes and name.</summary>
    public PersonalDataClassification? ClassifySymbol(ISymbol symbol)
    {
        if (symbol is ILocalSymbol)
        {
            // A local is met a few times in one body, and its name's verdict is cached already: a
            // per-symbol entry would cost more than it saves.
            return ClassifySymbolCore(symbol);
        }

        if (!_symbols.TryGetValue(symbol, out var cached))
        {
            cached = ClassifySymbolCore(symbol);
            _symbols.TryAdd(symbol, cached);
        }

        return cached;
    }

    /// <summary>Whether <paramref name="symbol"/> is the application's own (source or another project of the solution), whose names classify it.</summary>
    public bool IsApplicationSymbol(ISymbol symbol) => _application.Contains(symbol);

    /// <summary>Classifies a bare name with the configured vocabulary (for names with no symbol, e.g. a message-template hole).</summary>
    public PersonalDataClassification? ClassifyName(string name) => _names.Classify(name);

    /// <summary>Whether the method's result is no longer personal data (Mask, Redact, Hash, Encrypt, Protect, ... or configured).</summary>
    public bool IsSanitizer(IMethodSymbol method)
    {
        if (_sanitizerMethods.TryGetValue(method, out var result))
        {
            return result;
        }

        result = _sanitizers.Contains(method) || HasSanitizerWord(method.Name);
        _sanitizerMethods.TryAdd(method, result);
        return result;
    }

    /// <summary>The personal-data members of a type whose objects carry personal data, or <see langword="null"/>.</summary>
    public CarrierInfo? GetCarrier(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (!_carriers.TryGetValue(type, out var cached))
        {
            cached = [CarrierInfo.Create(this, _types, type)];
            _carriers.TryAdd(type, cached);
        }

        return cached[0];
    }

    /// <summary>Types whose values are never personal data: <c>bool</c>, enums, delegates (also inside <c>Nullable</c>, <c>Task</c>).</summary>
    internal static bool IsNeverPersonal(ITypeSymbol? type)
    {
        while (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
               && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || generic.Name is "Task" or "ValueTask"))
        {
            type = generic.TypeArguments[0];
        }

        return type is null
            || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Void
            || type.TypeKind is TypeKind.Enum or TypeKind.Delegate;
    }

    private PersonalDataClassification? ClassifySymbolCore(ISymbol symbol)
    {
        ITypeSymbol? type = symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };
        if (type is null || IsNeverPersonal(type) || IsExcluded(symbol))
        {
            return null;
        }

        if (symbol is IParameterSymbol callerInfo && IsCallerInfo(callerInfo))
        {
            return null;
        }

        if (symbol is IPropertySymbol { IsStatic: true } text && IsResourceText(text))
        {
            return null;
        }

        // Names classify only the application's own symbols; a framework or package member needs the
        // catalogue or an attribute (whose bare "personal" the name may still refine).
        var isOwn = _application.Contains(symbol);
        var byName = isOwn ? ClassifyOwnName(symbol) : _catalogue.ClassifyMember(symbol);
        foreach (var attribute in symbol.GetAttributes())
        {
            if (ClassifyAttribute(attribute) is { } byAttribute)
            {
                if (!_treatIdsAsPersonalData && PseudonymousIds.IsKey(symbol.Name, type))
                {
                    // [PersonalData] Guid Id, IdentityUser.Id: a key, not the person (PIPL Art. 51, GB/T 35273 de-identification).
                    return byName;
                }

                // A bare [PersonalData] says "personal"; the name may say which kind.
                byName ??= isOwn ? null : _names.Classify(symbol.Name);
                return byAttribute.Category == PersonalDataCategory.General && byName is not null ? byName : byAttribute;
            }
        }

        return byName ?? (_treatIdsAsPersonalData && isOwn ? PseudonymousIds.ClassifyOptedIn(symbol, type) : null);
    }

    /// <summary>
    /// An own symbol by its name; a bare <c>Name</c>, <c>FullName</c> or <c>DisplayName</c> member by its type;
    /// nothing for a member named after its own type's thing (<c>SysPost.PostCode</c>).
    /// </summary>
    private PersonalDataClassification? ClassifyOwnName(ISymbol symbol) =>
        ContextualNames.IsContextual(symbol) ? ContextualNames.Classify(symbol, _names)
        : ContextualNames.DescribesItsOwnType(symbol, _names) ? null
        : _names.Classify(symbol.Name) ?? ContextualNames.Classify(symbol, _names);

    /// <summary>
    /// A localized message of a resource class (<c>Resources.Global.EmailIsTaken</c>: the static string properties the
    /// .resx generator writes next to a static <c>ResourceManager</c>): the text of a message, not the data it names.
    /// </summary>
    private static bool IsResourceText(IPropertySymbol property)
    {
        if (property.Type.SpecialType != SpecialType.System_String || property.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var member in type.GetMembers("ResourceManager"))
        {
            if (member is IPropertySymbol { IsStatic: true, Type: { Name: "ResourceManager", ContainingNamespace: { Name: "Resources", ContainingNamespace.Name: "System" } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[CallerMemberName]</c>, <c>[CallerFilePath]</c>, <c>[CallerLineNumber]</c>, <c>[CallerArgumentExpression]</c>: filled in by the compiler.</summary>
    private static bool IsCallerInfo(IParameterSymbol parameter)
    {
        if (!parameter.IsOptional)
        {
            return false;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "CallerMemberNameAttribute" or "CallerFilePathAttribute" or "CallerLineNumberAttribute" or "CallerArgumentExpressionAttribute" } type
                && type.ContainingNamespace.IsNamespace("System.Runtime.CompilerServices"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsExcluded(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "NotPersonalDataAttribute" or "NotPersonalData")
            {
                return true;
            }
        }

        return _excludedNames.Count > 0
            && (_excludedNames.Contains(symbol.Name)
                || (symbol.ContainingType is { } containing && _excludedNames.Contains(containing.Name + "." + symbol.Name)));
    }

    private PersonalDataClassification? ClassifyAttribute(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null)
        {
            return null;
        }

        if (Is(type, _types.EmailAddressAttribute) || Is(type, _types.PhoneAttribute))
        {
            return Classifications.Contact;
        }

        if (Is(type, _types.CreditCardAttribute))
        {
            return Classifications.Financial;
        }

        if (Is(type, _types.DataTypeAttribute))
        {
            // DataType.EmailAddress = 10, PhoneNumber = 5, CreditCard = 14, PostalCode = 15, Password = 11.
            return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int dataType
                ? dataType switch
                {
                    5 or 10 or 15 => Classifications.Contact,
                    14 => Classifications.Financial,
                    11 => Classifications.Credential,
                    _ => null,
                }
                : null;
        }

        if (type.InheritsFromOrEquals(_types.PersonalDataAttribute) || type.InheritsFromOrEquals(_types.DataClassificationAttribute) || IsConfiguredAttribute(type))
        {
            return PersonalDataClassification.General;
        }

        return null;
    }

    /// <summary>A configured attribute: <c>Sensitive</c>, <c>SensitiveAttribute</c> or <c>MyApp.Sensitive(Attribute)</c>.</summary>
    private bool IsConfiguredAttribute(INamedTypeSymbol type)
    {
        foreach (var (ns, name) in _attributeNames)
        {
            if (string.Equals(type.Name, name, StringComparison.Ordinal) && (ns is null || type.ContainingNamespace.IsNamespace(ns)))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<(string? Namespace, string Name)> ParseAttributeNames(ImmutableArray<string> entries)
    {
        var builder = ImmutableArray.CreateBuilder<(string?, string)>(entries.Length);
        foreach (var entry in entries)
        {
            var dot = entry.LastIndexOf('.');
            var name = dot < 0 ? entry : entry.Substring(dot + 1);
            builder.Add((dot < 0 ? null : entry.Substring(0, dot), name.EndsWith("Attribute", StringComparison.Ordinal) ? name : name + "Attribute"));
        }

        return builder.MoveToImmutable();
    }

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

    internal static bool HasSanitizerWord(string methodName)
    {
        foreach (var word in IdentifierWords.Split(methodName))
        {
            if (Array.IndexOf(SanitizerWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static class Classifications
    {
        public static readonly PersonalDataClassification Contact = new(PersonalDataCategory.Contact, isSensitive: false);
        public static readonly PersonalDataClassification Financial = new(PersonalDataCategory.Financial, isSensitive: true);
        public static readonly PersonalDataClassification Credential = new(PersonalDataCategory.Credential, isSensitive: true);
    }
}
