using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// The names the application declares, read once per compilation for <see cref="WrapperScreen"/>: its
/// member names (by the types declaring them), its type names, and the names using aliases give. Kept
/// apart from the screen, which is rebuilt when a catalogue registers late, so that a rebuild does not
/// read the declarations again. A name's owners are listed up to <see cref="MaxOwners"/> and one more: the
/// screen gives up on a name declared more often than that, so longer lists would only cost memory (in a
/// large solution the common names have thousands of owners).
/// </summary>
internal sealed class ApplicationNames
{
    /// <summary>The most owners of one name the screen looks into.</summary>
    public const int MaxOwners = 8;

    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private Dictionary<string, List<INamedTypeSymbol>>? _members;
    private Dictionary<string, List<INamedTypeSymbol>>? _types;
    private HashSet<string>? _aliases;

    public ApplicationNames(Compilation compilation) => _compilation = compilation;

    /// <summary>The application types that declare a member of each name (more than <see cref="MaxOwners"/>: some of them).</summary>
    public Dictionary<string, List<INamedTypeSymbol>> Members => _members ?? Build().Members;

    /// <summary>The application types of each name (more than <see cref="MaxOwners"/>: some of them).</summary>
    public Dictionary<string, List<INamedTypeSymbol>> Types => _types ?? Build().Types;

    /// <summary>The names using directives give types or namespaces anywhere in the compilation.</summary>
    public HashSet<string> Aliases
    {
        get
        {
            if (_aliases is { } aliases)
            {
                return aliases;
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    AddAliases(unit.Usings, unit.Members, found);
                }
            }

            return _aliases = found;
        }
    }

    private (Dictionary<string, List<INamedTypeSymbol>> Members, Dictionary<string, List<INamedTypeSymbol>> Types) Build()
    {
        lock (_gate)
        {
            if (_members is { } builtMembers && _types is { } builtTypes)
            {
                return (builtMembers, builtTypes);
            }

            var members = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
            var types = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
            foreach (var type in _compilation.Assembly.DeclaredTypes())
            {
                Add(types, type.Name, type);
                foreach (var member in type.MemberNames)
                {
                    Add(members, member, type);
                }
            }

            _types = types;
            _members = members;
            return (members, types);
        }
    }

    private static void Add(Dictionary<string, List<INamedTypeSymbol>> map, string name, INamedTypeSymbol type)
    {
        if (!map.TryGetValue(name, out var list))
        {
            list = new List<INamedTypeSymbol>(1);
            map[name] = list;
        }

        if (list.Count <= MaxOwners)
        {
            list.Add(type);
        }
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax @namespace)
            {
                AddAliases(@namespace.Usings, @namespace.Members, names);
            }
        }
    }
}
