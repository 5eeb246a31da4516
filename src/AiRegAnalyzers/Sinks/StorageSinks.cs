namespace AiRegAnalyzers.Sinks;

/// <summary>What a storage sink writes to, for messages and for the fixes.</summary>
internal enum StorageKind
{
    None,
    File,
    Cookie,
    DistributedCache,
    Preferences,
}

/// <summary>
/// The APIs that store a value outside the process without encrypting it: <c>System.IO.File</c>
/// write/append methods, writers and streams over a file (<c>StreamWriter</c>, <c>BinaryWriter</c>,
/// <c>FileStream</c>, <c>JsonSerializer.Serialize(stream, ...)</c>) unless a <c>CryptoStream</c> is
/// in between, response cookies, <c>IDistributedCache</c>, and MAUI <c>Preferences</c>.
/// </summary>
internal sealed class StorageSinks
{
    private const int MaxOriginDepth = 8;

    private readonly INamedTypeSymbol? _file;
    private readonly INamedTypeSymbol? _fileInfo;
    private readonly INamedTypeSymbol? _stream;
    private readonly INamedTypeSymbol? _fileStream;
    private readonly INamedTypeSymbol? _textWriter;
    private readonly INamedTypeSymbol? _streamWriter;
    private readonly INamedTypeSymbol? _binaryWriter;
    private readonly INamedTypeSymbol? _cryptoStream;
    private readonly INamedTypeSymbol? _jsonSerializer;
    private readonly INamedTypeSymbol? _responseCookies;
    private readonly INamedTypeSymbol? _distributedCache;
    private readonly INamedTypeSymbol? _distributedCacheExtensions;
    private readonly INamedTypeSymbol? _mauiPreferences;
    private readonly INamedTypeSymbol? _mauiPreferencesInterface;
    private readonly INamedTypeSymbol? _httpCookie;
    private HashSet<string>? _siteNames;

    private StorageSinks(Compilation compilation)
    {
        _file = compilation.GetTypeByMetadataName("System.IO.File");
        _fileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
        _stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        _fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
        _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        _streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
        _binaryWriter = compilation.GetTypeByMetadataName("System.IO.BinaryWriter");
        _cryptoStream = compilation.GetTypeByMetadataName("System.Security.Cryptography.CryptoStream");
        _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        _responseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
        _distributedCache = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.IDistributedCache");
        _distributedCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");
        _mauiPreferences = compilation.GetTypeByMetadataName("Microsoft.Maui.Storage.Preferences");
        _mauiPreferencesInterface = compilation.GetTypeByMetadataName("Microsoft.Maui.Storage.IPreferences");
        _httpCookie = compilation.GetTypeByMetadataName("System.Web.HttpCookie");
    }

    /// <summary>The catalogue of <paramref name="compilation"/>, shared by every rule that uses it.</summary>
    public static StorageSinks Get(Compilation compilation) => PerCompilation<StorageSinks>.Get(compilation, c => new StorageSinks(c));

    public bool IsEmpty => _file is null && _responseCookies is null && _distributedCache is null && _mauiPreferences is null && _mauiPreferencesInterface is null && _httpCookie is null;

    /// <summary>
    /// The value a classic ASP.NET cookie stores: <c>new HttpCookie(name, value)</c>, <c>cookie.Value = …</c>,
    /// <c>Response.Cookies["x"].Value = …</c>, <c>cookie.Values["k"] = …</c> / <c>cookie["k"] = …</c>.
    /// </summary>
    public IOperation? ClassicCookieValue(IOperation site)
    {
        if (_httpCookie is null)
        {
            return null;
        }

        switch (site)
        {
            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, _httpCookie):
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == "value" && argument.ArgumentKind == ArgumentKind.Explicit)
                    {
                        return argument.Value;
                    }
                }

                return null;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } target } assignment:
                var cookie = property.Name == "Value" || property.IsIndexer ? target.Instance : null;
                if (property.IsIndexer && cookie is IPropertyReferenceOperation { Property.Name: "Values" } values)
                {
                    cookie = values.Instance; // cookie.Values["k"]: a NameValueCollection of the cookie
                }

                return cookie is not null && SymbolEqualityComparer.Default.Equals(cookie.Type, _httpCookie) ? assignment.Value : null;
            default:
                return null;
        }
    }

    /// <summary>The names storage sites bear in source (<see cref="Flow.SinkCatalogue.SiteNames"/>): writer methods, the members of the storage APIs, classic cookies.</summary>
    public IEnumerable<string> SiteNames => _siteNames ??= BuildSiteNames();

    private HashSet<string> BuildSiteNames()
    {
        HashSet<string> names = new(StringComparer.Ordinal) { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" };
        foreach (var type in new[] { _file, _responseCookies, _distributedCache, _distributedCacheExtensions, _mauiPreferences, _mauiPreferencesInterface, _jsonSerializer })
        {
            if (type is null)
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, Parameters.IsEmpty: false } method)
                {
                    names.Add(method.Name);
                }
            }
        }

        if (_httpCookie is not null)
        {
            // new HttpCookie(name, value), cookie.Value = ..., cookie.Values["k"] = ..., cookie["k"] = ...
            names.UnionWith([_httpCookie.Name, "Value", "Values", Flow.WrapperScreen.Indexer]);
        }

        return names;
    }

    /// <summary>Cheap pre-check on the called method before looking at its arguments.</summary>
    public bool IsCandidate(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (method.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync")
        {
            return InheritsFrom(type, _textWriter) || InheritsFrom(type, _binaryWriter) || InheritsFrom(type, _stream);
        }

        return Is(type, _file) || Is(type, _responseCookies) || Is(type, _distributedCache) || Is(type, _distributedCacheExtensions)
            || Is(type, _mauiPreferences) || Is(type, _mauiPreferencesInterface) || Is(type, _jsonSerializer);
    }

    /// <summary>
    /// Whether <paramref name="invocation"/> stores its <paramref name="argument"/> unencrypted, and where;
    /// <paramref name="serialized"/> is set when the argument is an object written whole by a serializer.
    /// </summary>
    public StorageKind Classify(IInvocationOperation invocation, IArgumentOperation argument, out bool serialized)
    {
        serialized = false;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var parameter = argument.Parameter;
        if (type is null || parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return StorageKind.None;
        }

        var name = method.Name;
        if (Is(type, _file))
        {
            return (name.StartsWith("WriteAll", StringComparison.Ordinal) || name.StartsWith("AppendAll", StringComparison.Ordinal))
                && parameter.Name is "contents" or "bytes"
                ? StorageKind.File : StorageKind.None;
        }

        if (Is(type, _responseCookies))
        {
            return name == "Append" && parameter.Name == "value" ? StorageKind.Cookie : StorageKind.None;
        }

        if (Is(type, _distributedCache) || Is(type, _distributedCacheExtensions))
        {
            return name.StartsWith("Set", StringComparison.Ordinal) && parameter.Name == "value" ? StorageKind.DistributedCache : StorageKind.None;
        }

        if (Is(type, _mauiPreferences) || Is(type, _mauiPreferencesInterface))
        {
            return name == "Set" && parameter.Name == "value" ? StorageKind.Preferences : StorageKind.None;
        }

        if (Is(type, _jsonSerializer))
        {
            // JsonSerializer.Serialize(fileStream, patient) / SerializeAsync(fileStream, patient).
            if (name is "Serialize" or "SerializeAsync" && parameter.Ordinal == 1 && invocation.Arguments.Length > 1
                && method.Parameters[0].Type is { } streamType && InheritsFrom(streamType, _stream)
                && ArgumentFor(invocation, 0) is { } stream && IsPlainFile(stream, 0))
            {
                serialized = true;
                return StorageKind.File;
            }

            return StorageKind.None;
        }

        if (invocation.Instance is null || PersonalData.PersonalDataScope.IsNeverPersonal(parameter.Type) || IsCancellationToken(parameter.Type))
        {
            return StorageKind.None;
        }

        // Writers and streams: only when they end in a plain file.
        var isWrite = name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync";
        if (isWrite && (InheritsFrom(type, _textWriter) || InheritsFrom(type, _binaryWriter) || InheritsFrom(type, _stream)) && IsPlainFile(invocation.Instance, 0))
        {
            return StorageKind.File;
        }

        return StorageKind.None;
    }

    /// <summary>
    /// Whether a writer or stream ends in a file without a <c>CryptoStream</c> in between:
    /// <c>new StreamWriter(path)</c>, <c>File.CreateText(path)</c>, <c>new StreamWriter(new FileStream(...))</c>,
    /// a local initialized so, or anything typed <c>FileStream</c>.
    /// </summary>
    private bool IsPlainFile(IOperation? operation, int depth)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is null || depth > MaxOriginDepth)
        {
            return false;
        }

        switch (operation)
        {
            case IObjectCreationOperation creation:
                var created = creation.Type as INamedTypeSymbol;
                if (InheritsFrom(created, _cryptoStream))
                {
                    return false;
                }

                if (InheritsFrom(created, _fileStream))
                {
                    return true;
                }

                if (creation.Arguments.Length > 0 && creation.Constructor is { } constructor && constructor.Parameters.Length > 0)
                {
                    var first = constructor.Parameters[0].Type;
                    if (first.SpecialType == SpecialType.System_String)
                    {
                        // new StreamWriter(path)
                        return InheritsFrom(created, _streamWriter);
                    }

                    if (InheritsFrom(first, _stream))
                    {
                        // StreamWriter, BinaryWriter, GZipStream, BufferedStream over another stream.
                        return IsPlainFile(ArgumentFor(creation.Arguments, 0), depth + 1);
                    }
                }

                return false;
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if ((Is(method.ContainingType, _file) || Is(method.ContainingType, _fileInfo))
                    && method.Name is "CreateText" or "AppendText" or "Create" or "Open" or "OpenWrite")
                {
                    return true;
                }

                return false;
            case ILocalReferenceOperation local:
                if (InheritsFrom(local.Type, _fileStream))
                {
                    return true;
                }

                return IsPlainFile(Initializer(local), depth + 1);
            default:
                // A field, parameter or property: only its static type tells.
                return InheritsFrom(operation.Type, _fileStream);
        }
    }

    /// <summary>The initializer of the local's declaration in the same body (<c>using var writer = new StreamWriter(path)</c>).</summary>
    private static IOperation? Initializer(ILocalReferenceOperation reference)
    {
        IOperation top = reference;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        foreach (var operation in top.Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            {
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }
        }

        return null;
    }

    private static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal) => ArgumentFor(invocation.Arguments, ordinal);

    private static IOperation? ArgumentFor(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool IsCancellationToken(ITypeSymbol type) =>
        type.Name == "CancellationToken" && type.ContainingNamespace.IsNamespace("System.Threading");

    private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}
