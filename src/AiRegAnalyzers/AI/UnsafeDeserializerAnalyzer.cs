using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG204: deserializers that let the payload pick the types to create. Flags the creation of
/// <c>BinaryFormatter</c>, <c>SoapFormatter</c>, <c>NetDataContractSerializer</c>, <c>LosFormatter</c>
/// and <c>ObjectStateFormatter</c> (whichever the compilation references), and Newtonsoft.Json's
/// <c>TypeNameHandling</c> set to a constant other than <c>None</c> (settings, serializer, or the
/// <c>TypeNameHandling</c>/<c>ItemTypeNameHandling</c> arguments of its attributes).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeDeserializerAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] FormatterTypes =
    [
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
        "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
        "System.Runtime.Serialization.NetDataContractSerializer",
        "System.Web.UI.LosFormatter",
        "System.Web.UI.ObjectStateFormatter",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG204_UnsafeDeserializer);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var formatters = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in FormatterTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    formatters.Add(type);
                }
            }

            if (formatters.Count > 0)
            {
                start.RegisterOperationAction(context => AnalyzeCreation(context, formatters), OperationKind.ObjectCreation);
            }

            if (start.Compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling") is { } typeNameHandling)
            {
                start.RegisterOperationAction(context => AnalyzeAssignment(context, typeNameHandling), OperationKind.SimpleAssignment);
                start.RegisterSyntaxNodeAction(context => AnalyzeAttributeArgument(context, typeNameHandling), SyntaxKind.AttributeArgument);
            }
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, HashSet<INamedTypeSymbol> formatters)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is INamedTypeSymbol type && IsFormatter(type, formatters))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG204_UnsafeDeserializer, creation.Syntax.GetLocation(), type.Name));
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

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol typeNameHandling)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;

        // Attribute arguments are reported by the syntax action (hosts before Roslyn 4.x attribute operations see them too).
        if (assignment.Syntax is AttributeArgumentSyntax)
        {
            return;
        }

        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "TypeNameHandling" or "ItemTypeNameHandling" } property } target
            || !SymbolEqualityComparer.Default.Equals(property.Type, typeNameHandling))
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
}
