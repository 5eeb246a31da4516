using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Sinks;

/// <summary>
/// The tools of a compilation: methods and lambdas the model calls. What a tool returns is sent
/// to the model (AIREG201), and what it is called with was written by the model (AIREG203). A
/// tool is a Semantic Kernel <c>[KernelFunction]</c> method; a method passed as a method group
/// to a tool factory (<c>AIFunctionFactory.Create</c>, <c>KernelFunctionFactory.CreateFromMethod</c>,
/// <c>kernel.CreateFunctionFromMethod</c>) in the type that declares it, as tool classes do; a
/// lambda passed to one; or a Model Context Protocol server tool (<c>[McpServerTool]</c>), whose
/// result goes to the model of whichever client calls the server. Each type is scanned for such registrations once, on first need.
/// Most methods are decided from syntax alone, without a lock and without binding: a file whose
/// text names no tool factory registers no tool, and a method without an attribute named like
/// <c>[KernelFunction]</c> (a sealed attribute) is no Semantic Kernel function.
/// </summary>
internal sealed class ToolResults
{
    private static readonly HashSet<string> FactoryNames = ["Create", "CreateFromMethod", "CreateFunctionFromMethod"];

    /// <summary>Text without which a file registers no tool (<c>AIFunctionFactory</c>, <c>KernelFunctionFactory</c>, <c>CreateFunctionFromMethod</c>).</summary>
    private static readonly string[] FactoryMentions = ["FunctionFactory", "FunctionFromMethod"];

    private readonly Compilation _compilation;
    private readonly AiSinks _sinks;

    /// <summary>Whether the compilation can have tools at all: a tool factory or <c>[KernelFunction]</c> is referenced.</summary>
    private readonly bool _any;

    /// <summary>Whether Semantic Kernel's <c>[KernelFunction]</c> is referenced.</summary>
    private readonly bool _kernelFunctions;

    /// <summary>The MCP SDK's <c>[McpServerTool]</c>, when referenced.</summary>
    private readonly INamedTypeSymbol? _mcpServerTool;

    /// <summary>Whether a tool attribute (<c>[KernelFunction]</c>, <c>[McpServerTool]</c>) is referenced.</summary>
    private readonly bool _attributes;

    private readonly ConcurrentDictionary<SyntaxTree, bool> _mentionsFactory = new();
    private FileMention? _lastFile;
    private readonly ConcurrentDictionary<SyntaxNode, HashSet<string>> _groupNames = new();
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _isTool = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<IMethodSymbol>> _registered = new(SymbolEqualityComparer.Default);

    private ToolResults(Compilation compilation, AiSinks sinks)
    {
        _compilation = compilation;
        _sinks = sinks;
        _kernelFunctions = sinks.KernelFunctionAttribute is not null;
        _mcpServerTool = sinks.IsEmpty ? null : compilation.GetTypeByMetadataName("ModelContextProtocol.Server.McpServerToolAttribute");
        _attributes = _kernelFunctions || _mcpServerTool is not null;
        _any = sinks.HasToolFactories || _attributes;
    }

    /// <summary>The tools of <paramref name="compilation"/>.</summary>
    public static ToolResults Get(Compilation compilation) => PerCompilation<ToolResults>.Get(compilation, c => new ToolResults(c, AiSinks.Get(c)));

    /// <summary>Whether <paramref name="returned"/> returns (or yields) a value from a tool.</summary>
    public bool IsToolResult(IReturnOperation returned)
    {
        if (!_any || returned.ReturnedValue is not { } value || value.ConstantValue.HasValue)
        {
            return false;
        }

        // Without a factory named in the file, only a [KernelFunction] or [McpServerTool] method can be a tool here.
        var factories = MentionsFactory(returned.Syntax.SyntaxTree);
        if (!factories && !_attributes)
        {
            return false;
        }

        IOperation root = returned;
        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return factories && IsToolLambda(lambda);
                case ILocalFunctionOperation:
                    return false;
            }

            root = current;
        }

        return root.Syntax is MethodDeclarationSyntax declaration
            && MayBeTool(declaration, factories)
            && returned.SemanticModel?.GetDeclaredSymbol(declaration) is IMethodSymbol method
            && IsTool(method);
    }

    /// <summary>Whether the model calls <paramref name="method"/> as a tool (so it writes the arguments and reads the result).</summary>
    public bool IsTool(IMethodSymbol method)
    {
        if (!_any || method.MethodKind != MethodKind.Ordinary || method.ContainingType is not { } type)
        {
            return false;
        }

        method = method.OriginalDefinition;
        if (_isTool.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        var tool = method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration
            && MayBeTool(declaration, MentionsFactory(declaration.SyntaxTree))
            && (HasToolAttribute(method) || Registered(type.OriginalDefinition).Contains(method));
        return _isTool.GetOrAdd(method, tool);
    }

    /// <summary>
    /// Adds the values <paramref name="returned"/> hands to the model. A whole object returned as it
    /// came (an API's or a repository's record) counts when it describes a person (<c>Customer</c>,
    /// <c>PatientDto</c>, a list of them): the records tools return are mostly about companies,
    /// products and places, whose phone numbers and e-mail addresses are not a person's. Values
    /// the tool picks itself (<c>new { c.Tier, c.Email }</c>, a string) are always judged.
    /// </summary>
    public static void Collect(IReturnOperation returned, List<SinkValue> values)
    {
        var value = returned.ReturnedValue!;
        if (IsWholeRecord(value) && !DescribesAPerson(value.Type))
        {
            return;
        }

        PromptSinkCatalogue.AddValue(value, Api(returned), values);
    }

    private static bool IsWholeRecord(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is not (IAnonymousObjectCreationOperation or IObjectCreationOperation { Initializer: not null } or IInterpolatedStringOperation)
            && value.Type is { SpecialType: not SpecialType.System_String, IsValueType: false, TypeKind: not TypeKind.Error };
    }

    /// <summary>A type named for a person, or an array or collection of one.</summary>
    private static bool DescribesAPerson(ITypeSymbol? type)
    {
        for (var depth = 0; type is not null && depth < 3; depth++)
        {
            if (type is INamedTypeSymbol { IsGenericType: false } named && PersonalData.ContextualNames.IsPersonTypeName(named.Name))
            {
                return true;
            }

            type = type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { TypeArguments.Length: 1 } generic => generic.TypeArguments[0],
                _ => null,
            };
        }

        return false;
    }

    /// <summary>
    /// Syntax only: the method has an attribute named like <c>[KernelFunction]</c> or <c>[McpServerTool]</c>,
    /// or its name is the first argument of a call named like a tool factory in its type (in a file that names one).
    /// </summary>
    private bool MayBeTool(MethodDeclarationSyntax declaration, bool factories) =>
        HasToolAttributeName(declaration)
        || (factories && declaration.Parent is TypeDeclarationSyntax type && GroupNames(type).Contains(declaration.Identifier.ValueText));

    private bool HasToolAttributeName(MethodDeclarationSyntax declaration)
    {
        if (!_attributes || declaration.AttributeLists.Count == 0)
        {
            return false;
        }

        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };
                if ((_kernelFunctions && name is "KernelFunction" or "KernelFunctionAttribute")
                    || (_mcpServerTool is not null && name is "McpServerTool" or "McpServerToolAttribute"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the file's text names a tool factory; read once per file, without parsing.</summary>
    private bool MentionsFactory(SyntaxTree tree)
    {
        // Returns come file by file: the last answer saves most lookups (a stale read only costs one).
        if (_lastFile is { } last && ReferenceEquals(last.Tree, tree))
        {
            return last.Mentions;
        }

        var mentions = _mentionsFactory.TryGetValue(tree, out var known) ? known : _mentionsFactory.GetOrAdd(tree, static t => SourceTextSearch.ContainsAny(t.GetText(), new Microsoft.CodeAnalysis.Text.TextSpan(0, t.Length), FactoryMentions));
        _lastFile = new FileMention(tree, mentions);
        return mentions;
    }

    private HashSet<string> GroupNames(TypeDeclarationSyntax type) =>
        _groupNames.TryGetValue(type, out var names) ? names : _groupNames.GetOrAdd(type, NamesPassedToFactories);

    private static HashSet<string> NamesPassedToFactories(SyntaxNode type)
    {
        var names = new HashSet<string>();
        foreach (var node in type.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } invocation
                && NameOf(invocation.Expression) is { } name && FactoryNames.Contains(name)
                && NameOf(arguments[0].Expression) is { } group)
            {
                names.Add(group);
            }
        }

        return names;
    }

    /// <summary>A lambda passed as the delegate of a tool factory: <c>AIFunctionFactory.Create((int id) => ...)</c>.</summary>
    private bool IsToolLambda(IAnonymousFunctionOperation lambda)
    {
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current is IArgumentOperation { Parent: IInvocationOperation invocation } && _sinks.IsToolFactory(invocation.TargetMethod);
    }

    private bool HasToolAttribute(IMethodSymbol method)
    {
        foreach (var data in method.GetAttributes())
        {
            if ((_sinks.KernelFunctionAttribute is { } kernelFunction && data.AttributeClass.InheritsFromOrEquals(kernelFunction))
                || (_mcpServerTool is not null && data.AttributeClass.InheritsFromOrEquals(_mcpServerTool)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The methods of <paramref name="type"/> that its own code registers as tools by method group: <c>AIFunctionFactory.Create(SearchAsync)</c>.</summary>
    private HashSet<IMethodSymbol> Registered(INamedTypeSymbol type) => _registered.GetOrAdd(type, Scan);

    private HashSet<IMethodSymbol> Scan(INamedTypeSymbol type)
    {
        var methods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax();
            if (!_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes())
            {
                // Syntax first: only calls named like a tool factory, with a method group first, are bound.
                if (node is not InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } invocation
                    || NameOf(invocation.Expression) is not { } name || !FactoryNames.Contains(name)
                    || arguments[0].Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }))
                {
                    continue;
                }

#pragma warning disable RS1030 // The registration sits in the tool's own type, usually another method than the one analyzed.
                model ??= _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
                if (model.GetOperation(invocation) is not IInvocationOperation call || !_sinks.IsToolFactory(call.TargetMethod))
                {
                    continue;
                }

                // The delegate argument; an extension call (kernel.CreateFunctionFromMethod(Lookup)) has the receiver first.
                foreach (var argument in call.Arguments)
                {
                    if (MethodGroup(argument.Value) is { } group)
                    {
                        methods.Add(group.OriginalDefinition);
                        break;
                    }
                }
            }
        }

        return methods;
    }

    private static IMethodSymbol? MethodGroup(IOperation value)
    {
        while (value is IConversionOperation or IDelegateCreationOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
        }

        return (value as IMethodReferenceOperation)?.Method;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    private static string Api(IReturnOperation returned)
    {
        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                for (var outer = current.Parent; outer is not null; outer = outer.Parent)
                {
                    if (outer is IInvocationOperation invocation)
                    {
                        return SinkNames.Qualified(invocation.TargetMethod);
                    }
                }
            }
        }

        var method = returned.SemanticModel?.GetEnclosingSymbol(returned.Syntax.SpanStart) as IMethodSymbol;
        return "tool " + (method is null ? "?" : method.ContainingType?.Name + "." + method.Name);
    }

    private sealed class FileMention(SyntaxTree tree, bool mentions)
    {
        public SyntaxTree Tree { get; } = tree;

        public bool Mentions { get; } = mentions;
    }
}
