using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG204: deserializers that let the payload pick the types to create, from one catalogue
/// (<see cref="Catalogue"/>): formatters that always do (<c>BinaryFormatter</c>, <c>SoapFormatter</c>,
/// <c>NetDataContractSerializer</c>, <c>LosFormatter</c>, <c>ObjectStateFormatter</c>); serializers
/// that do once given a type resolver (<c>JavaScriptSerializer</c> with any <c>JavaScriptTypeResolver</c>,
/// <c>DataContractSerializer</c> with a <c>DataContractResolver</c> of the application's that looks types
/// up by the name in the payload); settings that switch it on (.NET Remoting <c>TypeFilterLevel.Full</c>,
/// Newtonsoft.Json <c>TypeNameHandling</c> other than <c>None</c>, also in its attributes).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeDeserializerAnalyzer() : AiRegAnalyzer(Descriptors.AIREG204_UnsafeDeserializer)
{
    /// <summary>Every API the rule knows, one row each; a row whose type the compilation lacks costs nothing.</summary>
    private static readonly Entry[] Catalogue =
    [
        new("System.Runtime.Serialization.Formatters.Binary.BinaryFormatter", Trigger.Creation),
        new("System.Runtime.Serialization.Formatters.Soap.SoapFormatter", Trigger.Creation),
        new("System.Runtime.Serialization.NetDataContractSerializer", Trigger.Creation),
        new("System.Web.UI.LosFormatter", Trigger.Creation),
        new("System.Web.UI.ObjectStateFormatter", Trigger.Creation),
        new("System.Web.Script.Serialization.JavaScriptSerializer", Trigger.AnyResolver, "System.Web.Script.Serialization.JavaScriptTypeResolver"),
        new("System.Runtime.Serialization.DataContractSerializer", Trigger.ResolverByName, "System.Runtime.Serialization.DataContractResolver"),
        new("System.Runtime.Serialization.DataContractSerializerSettings", Trigger.ResolverByName, "System.Runtime.Serialization.DataContractResolver"),
        new("System.Runtime.Serialization.Formatters.TypeFilterLevel", Trigger.EnumMember, "Full"),
        new("Newtonsoft.Json.TypeNameHandling", Trigger.EnumOtherThanNone),
    ];

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var types = Resolved.Create(start.Compilation);
        if (types.Formatters.Count > 0 || types.Resolvers.Count > 0)
        {
            start.RegisterOperationAction(context => AnalyzeCreation(context, types), OperationKind.ObjectCreation);
        }

        if (types.Resolvers.Count > 0)
        {
            start.RegisterOperationAction(context => AnalyzeInvocation(context, types), OperationKind.Invocation);
        }

        if (types.TypeNameHandling is not null || types.TypeFilterLevel is not null || types.Resolvers.Count > 0)
        {
            start.RegisterOperationAction(context => AnalyzeAssignment(context, types), OperationKind.SimpleAssignment);
        }

        if (types.TypeNameHandling is { } typeNameHandling)
        {
            start.RegisterSyntaxNodeAction(context => AnalyzeAttributeArgument(context, typeNameHandling), SyntaxKind.AttributeArgument);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, Resolved types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (IsFormatter(type, types.Formatters))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG204_UnsafeDeserializer, creation.Syntax.GetLocation(), type.Name));
            return;
        }

        if (types.Resolvers.TryGetValue(type.OriginalDefinition, out var row))
        {
            CheckResolverArguments(context, creation.Arguments, type.Name, row);
        }
    }

    /// <summary><c>dataContractSerializer.ReadObject(reader, verifyObjectName, resolver)</c>.</summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context, Resolved types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        // Writing with a resolver lets no payload choose a type: only the Read* overloads count.
        if (invocation.Arguments.Length > 0
            && invocation.TargetMethod.Name.StartsWith("Read", StringComparison.Ordinal)
            && invocation.TargetMethod.ContainingType is { } owner
            && types.Resolvers.TryGetValue(owner.OriginalDefinition, out var row))
        {
            CheckResolverArguments(context, invocation.Arguments, owner.Name + "." + invocation.TargetMethod.Name, row);
        }
    }

    /// <summary>The resolver argument is reported (not the creation), so the Newtonsoft fix never sees it as an assigned value.</summary>
    private static void CheckResolverArguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string owner, ResolverRow row)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit
                && DerivesFrom(argument.Parameter?.Type, row.ResolverType)
                && row.Resolves(argument.Value) is { } resolver)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG204_UnsafeDeserializer, argument.Value.Syntax.GetLocation(), owner + "(" + resolver.Name + ")"));
            }
        }
    }

    private static bool IsFormatter(INamedTypeSymbol type, HashSet<INamedTypeSymbol> formatters)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (formatters.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, Resolved types)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;

        // Attribute arguments are reported by the syntax action (hosts before Roslyn 4.x attribute operations see them too).
        if (assignment.Syntax is AttributeArgumentSyntax)
        {
            return;
        }

        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: false, Property: { } property } target:
                if (types.TypeNameHandling is { } typeNameHandling && SymbolEqualityComparer.Default.Equals(property.Type, typeNameHandling))
                {
                    AnalyzeTypeNameHandling(context, assignment, target, property);
                }
                else if (types.TypeFilterLevel is { } typeFilterLevel && SymbolEqualityComparer.Default.Equals(property.Type, typeFilterLevel))
                {
                    // provider.TypeFilterLevel = TypeFilterLevel.Full (Low is 2, Full is 3).
                    if (assignment.Value.ConstantValue is { HasValue: true, Value: int level } && level == types.FullLevel)
                    {
                        ReportAssignment(context, assignment, property.ContainingType.Name + "." + property.Name + " = " + assignment.Value.Syntax);
                    }
                }
                else if (property.ContainingType is { } owner
                    && types.Resolvers.TryGetValue(owner.OriginalDefinition, out var row)
                    && DerivesFrom(property.Type, row.ResolverType)
                    && row.Resolves(assignment.Value) is { } resolver)
                {
                    // new DataContractSerializerSettings { DataContractResolver = new PayloadTypeResolver() }
                    ReportAssignment(context, assignment, owner.Name + "." + property.Name + " = " + resolver.Name);
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when types.TypeFilterLevel is not null
                    && WithoutConversions(indexer.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string key }
                    && string.Equals(key, "typeFilterLevel", StringComparison.OrdinalIgnoreCase)
                    && WithoutConversions(assignment.Value).ConstantValue is { HasValue: true, Value: string text }
                    && string.Equals(text.Trim(), "Full", StringComparison.OrdinalIgnoreCase):
                // The channel properties dictionary: props["typeFilterLevel"] = "Full".
                ReportAssignment(context, assignment, "typeFilterLevel = " + WithoutConversions(assignment.Value).Syntax);
                break;
        }
    }

    /// <summary>The whole assignment is the location: its value is not a <c>TypeNameHandling</c> for the Newtonsoft fix to replace.</summary>
    private static void ReportAssignment(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG204_UnsafeDeserializer, assignment.Syntax.GetLocation(), what));

    private static void AnalyzeTypeNameHandling(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, IPropertySymbol property)
    {
        if (property.Name is not ("TypeNameHandling" or "ItemTypeNameHandling"))
        {
            return;
        }

        // Only constants: a value computed at run time is not judged. TypeNameHandling.None is 0.
        if (assignment.Value.ConstantValue is not { HasValue: true, Value: int value } || value == 0)
        {
            return;
        }

        // Type names written out are harmless; only reading them back lets the payload pick types.
        if (SerializeOnlyUse.Holds(assignment, target.Instance))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG204_UnsafeDeserializer,
            assignment.Value.Syntax.GetLocation(),
            (property.ContainingType?.Name is { } owner ? owner + "." : string.Empty) + property.Name + " = " + assignment.Value.Syntax));
    }

    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[JsonProperty(TypeNameHandling = TypeNameHandling.All)]</c>, <c>[JsonObject(ItemTypeNameHandling = ...)]</c>.</summary>
    private static void AnalyzeAttributeArgument(SyntaxNodeAnalysisContext context, INamedTypeSymbol typeNameHandling)
    {
        var argument = (AttributeArgumentSyntax)context.Node;
        if (argument.NameEquals?.Name.Identifier.ValueText is not ("TypeNameHandling" or "ItemTypeNameHandling") || argument.Parent?.Parent is not AttributeSyntax attribute)
        {
            return;
        }

        var constant = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
        if (!constant.HasValue || constant.Value is not int value || value == 0
            || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(argument.Expression, context.CancellationToken).ConvertedType, typeNameHandling))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG204_UnsafeDeserializer,
            argument.Expression.GetLocation(),
            "[" + attribute.Name + "(" + argument.NameEquals.Name.Identifier.ValueText + " = " + argument.Expression + ")]"));
    }

    private enum Trigger
    {
        /// <summary>Creating the type is the finding.</summary>
        Creation,

        /// <summary>Any non-null resolver (of the row's resolver type) handed to the type.</summary>
        AnyResolver,

        /// <summary>A resolver of the application's whose name lookup reads a type name (<see cref="ResolverRow.Resolves"/>).</summary>
        ResolverByName,

        /// <summary>The enum member named in the row, set as a value.</summary>
        EnumMember,

        /// <summary>The enum set to a constant other than 0 (<c>None</c>).</summary>
        EnumOtherThanNone,
    }

    private readonly struct Entry
    {
        public Entry(string metadataName, Trigger trigger, string? detail = null)
        {
            MetadataName = metadataName;
            Trigger = trigger;
            Detail = detail;
        }

        public string MetadataName { get; }

        public Trigger Trigger { get; }

        /// <summary>The resolver type, or the enum member.</summary>
        public string? Detail { get; }
    }

    /// <summary>A serializer (or its settings) and the resolver type that makes it read type names.</summary>
    private sealed class ResolverRow
    {
        private readonly bool _anyResolver;

        public ResolverRow(INamedTypeSymbol resolverType, bool anyResolver)
        {
            ResolverType = resolverType;
            _anyResolver = anyResolver;
        }

        public INamedTypeSymbol ResolverType { get; }

        /// <summary>
        /// The resolver's type when the value is one that lets the payload choose: any non-null resolver,
        /// or (<see cref="Trigger.ResolverByName"/>) one declared in source whose <c>ResolveName</c> looks a
        /// type up by a string (<c>Type.GetType(name)</c>, <c>assembly.GetType(name)</c>, <c>Assembly.Load(name)</c>).
        /// A resolver that maps names through its own table is silent, and so is one whose type is not known here.
        /// </summary>
        public INamedTypeSymbol? Resolves(IOperation value)
        {
            // Only the value's own type is looked at: a resolver held as the abstract type is judged only where any resolver counts.
            var unwrapped = WithoutConversions(value);
            if (unwrapped.ConstantValue.HasValue || unwrapped.Type is not INamedTypeSymbol type)
            {
                return null;
            }

            return _anyResolver || LooksTypesUpByName(type) ? type : null;
        }

        private static bool LooksTypesUpByName(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && current.Locations.Length > 0 && current.Locations[0].IsInSource; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("ResolveName"))
                {
                    foreach (var reference in member.DeclaringSyntaxReferences)
                    {
                        foreach (var node in reference.GetSyntax().DescendantNodes())
                        {
                            if (node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation
                                && (invocation.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText is "GetType" or "Load" or "LoadFrom" or "LoadWithPartialName")
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
        }
    }

    /// <summary>The catalogue's types in one compilation.</summary>
    private sealed class Resolved
    {
        private Resolved()
        {
        }

        public HashSet<INamedTypeSymbol> Formatters { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<INamedTypeSymbol, ResolverRow> Resolvers { get; } = new(SymbolEqualityComparer.Default);

        public INamedTypeSymbol? TypeNameHandling { get; private set; }

        public INamedTypeSymbol? TypeFilterLevel { get; private set; }

        /// <summary>The value of <c>TypeFilterLevel.Full</c>.</summary>
        public int FullLevel { get; private set; }

        public static Resolved Create(Compilation compilation)
        {
            var resolved = new Resolved();
            foreach (var entry in Catalogue)
            {
                if (compilation.GetTypeByMetadataName(entry.MetadataName) is not { } type)
                {
                    continue;
                }

                switch (entry.Trigger)
                {
                    case Trigger.Creation:
                        resolved.Formatters.Add(type);
                        break;
                    case Trigger.AnyResolver or Trigger.ResolverByName when compilation.GetTypeByMetadataName(entry.Detail!) is { } resolverType:
                        resolved.Resolvers[type] = new ResolverRow(resolverType, entry.Trigger == Trigger.AnyResolver);
                        break;
                    case Trigger.EnumMember when type.GetMembers(entry.Detail!) is { Length: 1 } members && members[0] is IFieldSymbol { HasConstantValue: true, ConstantValue: int value }:
                        resolved.TypeFilterLevel = type;
                        resolved.FullLevel = value;
                        break;
                    case Trigger.EnumOtherThanNone:
                        resolved.TypeNameHandling = type;
                        break;
                }
            }

            return resolved;
        }
    }
}
