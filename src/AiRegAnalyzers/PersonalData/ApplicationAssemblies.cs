using System.Collections.Concurrent;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Tells the application's own assemblies (the compilation and the other projects of its solution,
/// which reach it as project or metadata references) from the framework and packages. Names classify
/// only the application's own symbols; a framework or package member is personal data only through an
/// attribute, the configuration or <see cref="PersonalDataCatalogue"/>. One answer per assembly, cached.
/// </summary>
/// <remarks>
/// In order, an assembly is the application's own when it is the compilation itself, is named in
/// <c>aireg.application_assemblies</c>, comes from a project reference (<see cref="CompilationReference"/>)
/// or shares the first word of its name with the compilation (<c>Contoso.Core</c> for <c>Contoso.Api</c>).
/// It is a library when its name is a framework name (<c>System.*</c>, <c>Microsoft.*</c>, <c>netstandard</c>),
/// it is signed with a well-known vendor key (Microsoft, .NET Foundation and the logging, JSON and AI
/// SDK vendors), or its file lies in a NuGet package folder (<c>…/&lt;id&gt;/&lt;version&gt;/lib/…</c>) or a .NET
/// <c>packs</c> folder. Anything else is a project reference of a command-line build
/// (<c>obj/…/ref/Core.dll</c>) or an in-memory image, and so the application's own.
/// </remarks>
internal sealed class ApplicationAssemblies
{
    /// <summary>Public key tokens of framework and package vendors, lower-case hex.</summary>
    private static readonly byte[][] VendorKeyTokens = Parse(
    [
        "b77a5c561934e089", // ECMA (System.Private.CoreLib, mscorlib)
        "b03f5f7f11d50a3a", // Microsoft
        "31bf3856ad364e35", // Microsoft (ASP.NET)
        "adb9793829ddae60", // Microsoft (ASP.NET Core, Extensions)
        "cc7b13ffcd2ddd51", // .NET Foundation (netstandard, System.*)
        "7cec85d7bea7798e", // .NET (System.Private.*)
        "92742159e12e44c8", // Azure SDK
        "30ad4fe6b2a6aeed", // Newtonsoft.Json
        "24c2f752a8e58a10", // Serilog
        "5120e14c03d0593c", // NLog
        "669e0ddf0bb1aa2a", // log4net
        "b4187f3e65366280", // OpenAI
        "1488e028ca7ab535", // SQLitePCLRaw
        "407dd0808d44fbdc", // Castle
        "69f491c39445e920", // Moq
        "be96cd2c38ef1005", // AutoMapper
        "8d05b1bb7a6fdb6c", // xunit
        "c219ff1ca8c2ce46", // StackExchange.Redis
        "5d8b90d52f46fda7", // Npgsql
        "c8a3ffc3f8f825cc", // Polly
    ]);

    private readonly IAssemblySymbol _own;
    private readonly Compilation _compilation;
    private readonly string? _ownPrefix;
    private readonly ImmutableArray<string> _configured;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _isApplication = new(SymbolEqualityComparer.Default);

    public ApplicationAssemblies(Compilation compilation, ImmutableArray<string> configured)
    {
        _compilation = compilation;
        _own = compilation.Assembly;
        _ownPrefix = FirstWord(_own.Name);
        _configured = configured;
    }

    /// <summary>Whether <paramref name="symbol"/> is declared in the application (source, or another project of the solution).</summary>
    public bool Contains(ISymbol symbol)
    {
        var assembly = symbol.ContainingAssembly;
        if (assembly is null || ReferenceEquals(assembly, _own))
        {
            // Locals, parameters and members of the code being compiled; tuples and other assembly-less symbols.
            return true;
        }

        if (!_isApplication.TryGetValue(assembly, out var result))
        {
            result = IsApplication(assembly);
            _isApplication.TryAdd(assembly, result);
        }

        return result;
    }

    private bool IsApplication(IAssemblySymbol assembly)
    {
        var name = assembly.Name;
        if (SymbolEqualityComparer.Default.Equals(assembly, _own) || IsConfigured(name))
        {
            return true;
        }

        var reference = _compilation.GetMetadataReference(assembly);
        if (reference is CompilationReference)
        {
            return true;
        }

        if (_ownPrefix is not null && FirstWord(name) is { } prefix && string.Equals(prefix, _ownPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IsFrameworkName(name) || HasVendorKey(assembly.Identity))
        {
            return false;
        }

        return !(reference is PortableExecutableReference { FilePath: { } path } && IsPackagePath(path));
    }

    private bool IsConfigured(string name)
    {
        foreach (var entry in _configured)
        {
            if (entry.EndsWith("*", StringComparison.Ordinal)
                ? name.StartsWith(entry.Substring(0, entry.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(name, entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first dotted word of an assembly name, unless it is a framework or too generic to tie two assemblies together.</summary>
    private static string? FirstWord(string name)
    {
        var dot = name.IndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var word = name.Substring(0, dot);
        return IsFrameworkName(word + ".") ? null : word;
    }

    private static bool IsFrameworkName(string name) =>
        name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name.StartsWith("Windows.", StringComparison.Ordinal) || name.StartsWith("Azure.", StringComparison.Ordinal)
        || name is "System" or "mscorlib" or "netstandard" or "WindowsBase" or "Microsoft.CSharp";

    private static bool HasVendorKey(AssemblyIdentity identity)
    {
        var token = identity.PublicKeyToken;
        if (token.IsDefault || token.Length != 8)
        {
            return false;
        }

        foreach (var vendor in VendorKeyTokens)
        {
            var i = 0;
            while (i < 8 && token[i] == vendor[i])
            {
                i++;
            }

            if (i == 8)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[][] Parse(string[] tokens)
    {
        var parsed = new byte[tokens.Length][];
        for (var t = 0; t < tokens.Length; t++)
        {
            parsed[t] = new byte[8];
            for (var i = 0; i < 8; i++)
            {
                parsed[t][i] = Convert.ToByte(tokens[t].Substring(i * 2, 2), 16);
            }
        }

        return parsed;
    }

    /// <summary>A file restored from a package (<c>…/newtonsoft.json/13.0.3/lib/net6.0/…</c>) or a targeting pack (<c>…/packs/Microsoft.NETCore.App.Ref/…</c>).</summary>
    internal static bool IsPackagePath(string path)
    {
        path = path.Replace('\\', '/');
        if (path.IndexOf("/packs/", StringComparison.OrdinalIgnoreCase) >= 0
            || path.IndexOf("/.nuget/packages/", StringComparison.OrdinalIgnoreCase) >= 0
            || path.IndexOf("/Reference Assemblies/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        // <id>/<version>/(lib|ref|runtimes)/...: the layout of every package folder, whatever its root.
        foreach (var folder in new[] { "/lib/", "/ref/", "/runtimes/" })
        {
            var at = path.IndexOf(folder, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                var versionStart = path.LastIndexOf('/', at - 1) + 1;
                if (versionStart > 0 && versionStart < at && char.IsDigit(path[versionStart]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
